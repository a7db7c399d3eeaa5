import {
  NOT_SURE,
  PLAN_SECTIONS,
  PLAN_STATUSES,
  SITUATIONS,
  SITUATIONS_NEEDING_AGE,
  SITUATIONS_WITH_PLAN,
  SITUATIONS_WITH_SECTIONS,
  YEAR_11_STATUSES,
  type About,
  type PlanStatus,
  type RouteFinderInput,
  type Year11Status,
} from './types'

export const ROUTE_FINDER_ERROR_CODES = [
  'required',
  'multiple-values',
  'unknown-situation',
  'unknown-section',
  'not-applicable',
  'invalid-age',
  'out-of-range',
  'unknown-value',
  'conflicts-with-age',
] as const
export type RouteFinderErrorCode = (typeof ROUTE_FINDER_ERROR_CODES)[number]

export interface RouteFinderFieldError {
  field: 'about' | 'sections' | 'age' | 'plan' | 'year11'
  code: RouteFinderErrorCode
}

export type RouteFinderQuery =
  { ok: true; value: RouteFinderInput } | { ok: false; errors: RouteFinderFieldError[] }

type RawQuery = Record<string, string | string[] | undefined>

const MIN_AGE = 0
const MAX_AGE = 25 // EHC plans and SENDIASS cover 0 to 25

const values = (raw: string | string[] | undefined) =>
  (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
    .map((value) => value.trim())
    .filter((value) => value !== '')

const includes = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value)

const ABOUT_VALUES: readonly About[] = [...SITUATIONS, NOT_SURE]

/** One optional value from a fixed list, given only for the situations that use it. */
function readChoice<T extends string>(
  raw: string | string[] | undefined,
  field: 'plan' | 'year11',
  allowed: readonly T[],
  applies: boolean,
  errors: RouteFinderFieldError[],
): T | undefined {
  const given = [...new Set(values(raw).map((value) => value.toLowerCase()))]
  if (given.length === 0) return undefined
  if (given.length > 1) errors.push({ field, code: 'multiple-values' })
  else if (!includes(allowed, given[0])) errors.push({ field, code: 'unknown-value' })
  else if (!applies) errors.push({ field, code: 'not-applicable' })
  else return given[0]
  return undefined
}

/**
 * Reads `about` (a situation or `not-sure`), `sections` (comma-separated and/or repeated), `age`
 * (whole years, 0 to 25), `plan` (yes|no|assessing, health-service-refused only) and `year11`
 * (finished|not-finished: over compulsory school age or not, CFA s83(2)) from a query string.
 * Never throws: every problem is a field error with a stable code.
 */
export function parseRouteFinderQuery(raw: RawQuery): RouteFinderQuery {
  const errors: RouteFinderFieldError[] = []

  const aboutValues = [...new Set(values(raw.about).map((value) => value.toLowerCase()))]
  let about: About | undefined
  if (aboutValues.length === 0) errors.push({ field: 'about', code: 'required' })
  else if (aboutValues.length > 1) errors.push({ field: 'about', code: 'multiple-values' })
  else if (!includes(ABOUT_VALUES, aboutValues[0])) {
    errors.push({ field: 'about', code: 'unknown-situation' })
  } else about = aboutValues[0]

  const given = values(raw.sections)
    .flatMap((value) => value.split(',').map((part) => part.trim().toUpperCase()))
    .filter((value) => value !== '')
  // Kept in plan order so equal selections give equal results and cache keys.
  const sections = PLAN_SECTIONS.filter((section) => given.includes(section))
  const takesSections = about !== undefined && includes(SITUATIONS_WITH_SECTIONS, about)
  if (given.some((value) => !includes(PLAN_SECTIONS, value))) {
    errors.push({ field: 'sections', code: 'unknown-section' })
  } else if (about !== undefined && !takesSections && given.length > 0) {
    errors.push({ field: 'sections', code: 'not-applicable' })
  } else if (takesSections && given.length === 0) {
    errors.push({ field: 'sections', code: 'required' })
  }

  const ageValues = values(raw.age)
  let age: number | undefined
  if (ageValues.length > 1) errors.push({ field: 'age', code: 'multiple-values' })
  else if (ageValues.length === 1) {
    if (!/^\d+$/.test(ageValues[0])) errors.push({ field: 'age', code: 'invalid-age' })
    else {
      age = Number(ageValues[0])
      if (age < MIN_AGE || age > MAX_AGE) errors.push({ field: 'age', code: 'out-of-range' })
    }
  } else if (about !== undefined && includes(SITUATIONS_NEEDING_AGE, about)) {
    errors.push({ field: 'age', code: 'required' })
  }

  const takesPlan = about !== undefined && includes(SITUATIONS_WITH_PLAN, about)
  const plan: PlanStatus | undefined = readChoice(
    raw.plan,
    'plan',
    PLAN_STATUSES,
    takesPlan,
    errors,
  )
  const year11: Year11Status | undefined = readChoice(
    raw.year11,
    'year11',
    YEAR_11_STATUSES,
    true,
    errors,
  )
  // Compulsory school age ends at 15 at the earliest and always before 17 (Education Act 1996 s8).
  if (
    age !== undefined &&
    ((year11 === 'finished' && age <= 14) || (year11 === 'not-finished' && age >= 17))
  ) {
    errors.push({ field: 'year11', code: 'conflicts-with-age' })
  }

  if (errors.length > 0 || about === undefined) return { ok: false, errors }
  const value: RouteFinderInput = { about }
  if (takesSections) value.sections = sections
  if (age !== undefined) value.age = age
  if (plan !== undefined) value.plan = plan
  if (year11 !== undefined) value.year11 = year11
  return { ok: true, value }
}
