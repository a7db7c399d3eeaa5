import {
  PLAN_SECTIONS,
  SITUATIONS,
  SITUATIONS_NEEDING_AGE,
  SITUATIONS_WITH_SECTIONS,
  type RouteFinderInput,
  type Situation,
} from './types'

export const ROUTE_FINDER_ERROR_CODES = [
  'required',
  'multiple-values',
  'unknown-situation',
  'unknown-section',
  'not-applicable',
  'invalid-age',
  'out-of-range',
] as const
export type RouteFinderErrorCode = (typeof ROUTE_FINDER_ERROR_CODES)[number]

export interface RouteFinderFieldError {
  field: 'about' | 'sections' | 'age'
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

/** Reads `about`, `sections` (comma-separated and/or repeated) and `age` from a query string. */
export function parseRouteFinderQuery(raw: RawQuery): RouteFinderQuery {
  const errors: RouteFinderFieldError[] = []

  const aboutValues = [...new Set(values(raw.about).map((value) => value.toLowerCase()))]
  let about: Situation | undefined
  if (aboutValues.length === 0) errors.push({ field: 'about', code: 'required' })
  else if (aboutValues.length > 1) errors.push({ field: 'about', code: 'multiple-values' })
  else if (!includes(SITUATIONS, aboutValues[0])) {
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

  if (errors.length > 0 || about === undefined) return { ok: false, errors }
  const value: RouteFinderInput = { about }
  if (takesSections) value.sections = sections
  if (age !== undefined) value.age = age
  return { ok: true, value }
}
