import {
  PLAN_SECTIONS,
  SITUATIONS,
  SITUATIONS_NEEDING_AGE,
  SITUATIONS_WITH_SECTIONS,
  type PlanSection,
  type Situation,
} from '@/lib/routeFinder'

// The route finder's question pages: each form submits to its own page (GET, marked `answered`);
// a valid answer redirects to the next question, an invalid one shows the question again.
export type Search = Record<string, string | string[] | undefined>
export const NOT_SURE = 'not-sure'
export const AGE_BANDS = ['under-16', '16-17', '18-25'] as const
export type AgeBand = (typeof AGE_BANDS)[number]

/** "Not sure" which sections: the education sections, so the appeal route and certificate show. */
export const UNSURE_SECTIONS: Record<string, PlanSection[]> = {
  'plan-contents': ['B', 'F'],
  // Section F is the council's duty (CFA s42) and the commonest gap.
  'plan-not-delivered': ['F'],
}

// One age stands for each band: all the rules need is under 16, 16-17, or 18 and over.
const BAND_AGE: Record<AgeBand, string> = { 'under-16': '15', '16-17': '16', '18-25': '18' }

const list = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '')

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value)

export interface Answers {
  answered: boolean
  about?: Situation | typeof NOT_SURE
  sections: PlanSection[]
  sectionsUnsure: boolean
  age?: string
}

export function readAnswers(search: Search): Answers {
  const [about] = list(search.about)
  const sections = list(search.sections)
  const [age] = list(search.age)
  return {
    answered: list(search.answered).length > 0,
    about: about === NOT_SURE || isOneOf(SITUATIONS, about) ? about : undefined,
    sections: PLAN_SECTIONS.filter((section) => sections.includes(section)),
    sectionsUnsure: sections.includes(NOT_SURE) || list(search.unsure).includes('sections'),
    age: age && /^\d{1,2}$/.test(age) ? age : undefined,
  }
}

export const takesSections = (about: string | undefined) => isOneOf(SITUATIONS_WITH_SECTIONS, about)
export const needsAge = (about: string | undefined) => isOneOf(SITUATIONS_NEEDING_AGE, about)

export function ageFromBand(band: unknown): string | undefined {
  return isOneOf(AGE_BANDS, band) ? BAND_AGE[band] : undefined
}

export function bandFromAge(age: string | undefined): AgeBand | undefined {
  if (age === undefined) return undefined
  const years = Number(age)
  return years < 16 ? 'under-16' : years < 18 ? '16-17' : '18-25'
}

/** The query string carrying the answers so far to the next page (sections comma-separated). */
export function answersQuery(answers: Partial<Answers>): string {
  const query = new URLSearchParams()
  if (answers.about) query.set('about', answers.about)
  if (answers.sections?.length) query.set('sections', answers.sections.join(','))
  if (answers.sectionsUnsure) query.set('unsure', 'sections')
  if (answers.age) query.set('age', answers.age)
  const text = query.toString()
  return text ? `?${text}` : ''
}

/** The page after the "what is it about" question. */
export function stepAfterAbout(about: Answers['about']): 'sections' | 'age' | 'result' {
  if (about === NOT_SURE) return 'result'
  return takesSections(about) ? 'sections' : 'age'
}
