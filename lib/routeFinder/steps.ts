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
  type PlanSection,
  type PlanStatus,
  type Year11Status,
} from '@/lib/routeFinder'
import { ROUTES } from '@/lib/routes/publicRoutes'

// The route finder's question pages: each form submits to its own page (GET, marked `answered`);
// a valid answer redirects to the next question, an invalid one shows the question again.
export type Search = Record<string, string | string[] | undefined>
export { NOT_SURE }

/**
 * The age question asks about the end of Year 11, because rights pass to the young person at the
 * end of compulsory school age (CFA s83(2)), not on the 16th birthday; 18 decides social care.
 */
export const AGE_BANDS = ['not-finished-year-11', 'finished-year-11', '18-25'] as const
export type AgeBand = (typeof AGE_BANDS)[number]

/** "Not sure" which sections: the education sections, so the appeal route and certificate show. */
export const UNSURE_SECTIONS: Record<string, PlanSection[]> = {
  'plan-contents': ['B', 'F'],
  // Section F is the council's duty (CFA s42) and the commonest gap.
  'plan-not-delivered': ['F'],
}

// Each band as API answers: one age stands for the band (the rules only need under or over 18),
// and `year11` says who holds the rights (at 15 or 16 the age alone cannot).
const BAND_ANSWERS: Record<AgeBand, { age: string; year11?: Year11Status }> = {
  'not-finished-year-11': { age: '15', year11: 'not-finished' },
  'finished-year-11': { age: '16', year11: 'finished' },
  '18-25': { age: '18' },
}

const list = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '')

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value)

export interface Answers {
  answered: boolean
  about?: About
  sections: PlanSection[]
  sectionsUnsure: boolean
  plan?: PlanStatus
  age?: string
  year11?: Year11Status
}

/**
 * The route finder's answers so far from a page's search params (each a string, a list, or
 * absent; lists may also be comma-separated). Unknown values are dropped rather than refused:
 * `about` must be a situation or "not-sure", `sections` keep PLAN_SECTIONS order, `age` is 1 or 2
 * digits (whole years, as text). Never throws.
 */
export function readAnswers(search: Search): Answers {
  const [about] = list(search.about)
  const sections = list(search.sections)
  const [age] = list(search.age)
  const [plan] = list(search.plan)
  const [year11] = list(search.year11)
  return {
    answered: list(search.answered).length > 0,
    about: about === NOT_SURE || isOneOf(SITUATIONS, about) ? about : undefined,
    sections: PLAN_SECTIONS.filter((section) => sections.includes(section)),
    sectionsUnsure: sections.includes(NOT_SURE) || list(search.unsure).includes('sections'),
    plan: isOneOf(PLAN_STATUSES, plan) ? plan : undefined,
    age: age && /^\d{1,2}$/.test(age) ? age : undefined,
    year11: isOneOf(YEAR_11_STATUSES, year11) ? year11 : undefined,
  }
}

/**
 * Whether a situation asks which plan sections are in dispute: the routes differ by section (only
 * B, F and I can be appealed, CFA 2014 s51(2)(c); who must deliver each, s42).
 */
export const takesSections = (about: string | undefined) => isOneOf(SITUATIONS_WITH_SECTIONS, about)
/**
 * Whether a situation asks if the child has an EHC plan: for a refused health service the answer
 * depends on it (CFA 2014 s21(5), s42).
 */
export const takesPlan = (about: string | undefined) => isOneOf(SITUATIONS_WITH_PLAN, about)
/**
 * Whether a situation asks the age: social care complaints go through the children's procedure
 * under 18 (Children Act 1989 s26) and the adult procedure from 18.
 */
export const needsAge = (about: string | undefined) => isOneOf(SITUATIONS_NEEDING_AGE, about)

/** The answers an age band stands for, or undefined for anything else. */
export function answersFromBand(band: unknown): { age: string; year11?: Year11Status } | undefined {
  return isOneOf(AGE_BANDS, band) ? BAND_ANSWERS[band] : undefined
}

/** The band to show as chosen when coming back to the age question. */
export function bandFromAnswers(
  age: string | undefined,
  year11?: Year11Status,
): AgeBand | undefined {
  if (age === undefined) return undefined
  const years = Number(age)
  if (years >= 18) return '18-25'
  if (year11 === 'finished' || (year11 === undefined && years >= 17)) return 'finished-year-11'
  if (year11 === 'not-finished' || years <= 14) return 'not-finished-year-11'
  return undefined // 15 or 16 from an old link: we cannot tell, so nothing is pre-selected
}

/** The query string carrying the answers so far to the next page (sections comma-separated). */
export function answersQuery(answers: Partial<Answers>): string {
  const query = new URLSearchParams()
  if (answers.about) query.set('about', answers.about)
  if (answers.sections?.length) query.set('sections', answers.sections.join(','))
  if (answers.sectionsUnsure) query.set('unsure', 'sections')
  if (answers.plan) query.set('plan', answers.plan)
  if (answers.age) query.set('age', answers.age)
  if (answers.year11) query.set('year11', answers.year11)
  const text = query.toString()
  return text ? `?${text}` : ''
}

/** The page after the "what is it about" question. */
export function stepAfterAbout(about: Answers['about']): 'sections' | 'plan' | 'age' | 'result' {
  if (about === NOT_SURE) return 'result'
  if (takesSections(about)) return 'sections'
  return takesPlan(about) ? 'plan' : 'age'
}

/** The page before the age question. */
export function stepBeforeAge(about: Answers['about']): string {
  if (takesSections(about)) return ROUTES.routeFinderSections
  return takesPlan(about) ? ROUTES.routeFinderPlan : ROUTES.routeFinder
}
