import { daysInMonth, isIsoDate } from '@/lib/deadlines/isoDate'

/**
 * What a reader typed in a GOV.UK date input's three boxes, as typed (kept to show again). The
 * calendar's numeric parts are `DateParts` in lib/deadlines/isoDate.ts.
 */
export type DateInputValue = { day: string; month: string; year: string }
/** One box of a date input. */
export type DateInputPart = keyof DateInputValue

/** The boxes in the order they appear and errors name them. */
export const DATE_INPUT_PARTS: readonly DateInputPart[] = ['day', 'month', 'year']

/**
 * A GET query as pages get it (Next's `searchParams`) or as route handlers do (URLSearchParams):
 * the one shape every URL reader of the tools accepts.
 */
export type Query = URLSearchParams | Record<string, string | string[] | undefined>

/** The first value of `key` in `query`, trimmed; '' when absent. */
export function queryValue(query: Query, key: string): string {
  const value = query instanceof URLSearchParams ? query.get(key) : query[key]
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? ''
}

/**
 * The boxes that are wrong, in order: a day from 1 to 31 (and no more than the month has), a
 * month from 1 to 12, a 4-digit year. "7", "07" and "2026" are fine; words and blanks are not.
 */
export function wrongDateParts({ day, month, year }: DateInputValue): DateInputPart[] {
  const number = (text: string, pattern: RegExp) => (pattern.test(text) ? Number(text) : NaN)
  const d = number(day, /^\d{1,2}$/)
  const m = number(month, /^\d{1,2}$/)
  const y = number(year, /^\d{4}$/)
  const wrong: DateInputPart[] = []
  if (!(d >= 1 && d <= 31)) wrong.push('day')
  if (!(m >= 1 && m <= 12)) wrong.push('month')
  if (!(y >= 1)) wrong.push('year')
  // 30 February: the month and year are right, so the day is the wrong part.
  if (wrong.length === 0 && d > daysInMonth(y, m)) wrong.push('day')
  return wrong
}

/** What readDateInput found: the boxes to show again, and the date or what is wrong with it. */
export type DateInputReading = {
  value: DateInputValue
  /** The date as YYYY-MM-DD when the boxes (or an ISO link) make a real one. */
  iso?: string
  /** Boxes left empty: all three when nothing was given (the question is unanswered). */
  missing: DateInputPart[]
  /** Boxes filled in wrongly (see wrongDateParts), when none is empty. */
  wrong: DateInputPart[]
  /** All three boxes empty, but `name` itself held something that is not a YYYY-MM-DD date. */
  badIsoLink: boolean
}

/**
 * Reads the date input called `name` from a GET form's query: the boxes `{name}-day`,
 * `{name}-month` and `{name}-year`, or, when all three are empty, an ISO date in `name` itself
 * (links from the route finder, the APIs and shared results carry one). Pure; never throws.
 */
export function readDateInput(query: Query, name: string): DateInputReading {
  const value: DateInputValue = {
    day: queryValue(query, `${name}-day`),
    month: queryValue(query, `${name}-month`),
    year: queryValue(query, `${name}-year`),
  }
  const missing = DATE_INPUT_PARTS.filter((part) => value[part] === '')
  if (missing.length === 3) {
    const iso = queryValue(query, name)
    if (!isIsoDate(iso)) return { value, missing, wrong: [], badIsoLink: iso !== '' }
    const [year, month, day] = iso.split('-') as [string, string, string]
    const fromLink = { day: String(Number(day)), month: String(Number(month)), year }
    return { value: fromLink, iso, missing: [], wrong: [], badIsoLink: false }
  }
  if (missing.length > 0) return { value, missing, wrong: [], badIsoLink: false }
  const wrong = wrongDateParts(value)
  if (wrong.length > 0) return { value, missing, wrong, badIsoLink: false }
  const iso = `${value.year}-${value.month.padStart(2, '0')}-${value.day.padStart(2, '0')}`
  return { value, iso, missing, wrong, badIsoLink: false }
}

/**
 * The date `name` as the deadline rules take it (lib/deadlines validate*Input), read the same way
 * as the pages' forms: the YYYY-MM-DD date the boxes or the ISO parameter make; else the ISO
 * parameter's text as given, when it is not a real date; else the boxes' text joined as
 * `year-month-day` when any box is filled but they make no real date (incomplete, or 31 April),
 * so the rules answer 'invalid-date' rather than treat the date as not given; else undefined
 * (nothing given). Pure; never throws.
 */
export function dateParam(query: Query, name: string): string | undefined {
  const reading = readDateInput(query, name)
  if (reading.iso) return reading.iso
  if (reading.badIsoLink) return queryValue(query, name)
  const { day, month, year } = reading.value
  return reading.missing.length < DATE_INPUT_PARTS.length ? `${year}-${month}-${day}` : undefined
}
