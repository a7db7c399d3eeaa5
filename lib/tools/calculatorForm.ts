import {
  APPEAL_ABOUT,
  calculateDeadlines,
  daysInMonth,
  DEADLINE_INPUT_FIELDS,
  isIsoDate,
  validateDeadlineInput,
  type AppealAbout,
  type DeadlineFieldError,
  type DeadlineId,
  type DeadlineInputField,
  type DeadlineResult,
  type WorkingDayCalendar,
} from '@/lib/deadlines'

export type DateParts = { day: string; month: string; year: string }
export type DatePart = keyof DateParts
type Search = Record<string, string | string[] | undefined>

/**
 * One problem with the form. `parts` are the boxes that are wrong (GOV.UK date input: only they
 * get the error style, and the error summary links to the first of them).
 */
export type FormError =
  | { field: DeadlineInputField; kind: 'incomplete' | 'invalid'; parts: DatePart[] }
  | { field: DeadlineInputField | 'appealAbout'; kind: 'rule'; error: DeadlineFieldError }

export interface CalculatorState {
  submitted: boolean
  values: Record<DeadlineInputField, DateParts>
  /** What the appeal is about; 'any' unless the reader chose section I only. */
  appealAbout: AppealAbout
  /** The dates as YYYY-MM-DD, for links to the calendar file and the API. */
  iso: Partial<Record<DeadlineInputField, string>>
  errors: FormError[]
  /** Deadlines (the mediation follow-up as its own entry) in date order. */
  timeline: { key: DeadlineId | 'mediationCertificate'; result: DeadlineResult }[]
}

const PARTS: DatePart[] = ['day', 'month', 'year']

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() ?? ''

/**
 * The boxes that are wrong, in order: a day from 1 to 31 (and no more than the month has), a
 * month from 1 to 12, a 4-digit year. "7", "07" and "2026" are fine; words are not.
 */
export function wrongDateParts({ day, month, year }: DateParts): DatePart[] {
  const number = (text: string, pattern: RegExp) => (pattern.test(text) ? Number(text) : NaN)
  const d = number(day, /^\d{1,2}$/)
  const m = number(month, /^\d{1,2}$/)
  const y = number(year, /^\d{4}$/)
  const wrong: DatePart[] = []
  if (!(d >= 1 && d <= 31)) wrong.push('day')
  if (!(m >= 1 && m <= 12)) wrong.push('month')
  if (!(y >= 1)) wrong.push('year')
  // 30 February: the month and year are right, so the day is the wrong part.
  if (wrong.length === 0 && d > daysInMonth(y, m)) wrong.push('day')
  return wrong
}

/** Which boxes a form error marks: the wrong parts, the year for a date out of range, or all. */
export function markedParts(error: FormError): DatePart[] {
  if (error.kind !== 'rule') return error.parts
  return error.error.code === 'out-of-range' ? ['year'] : PARTS
}

function readField(search: Search, field: DeadlineInputField) {
  const parts: DateParts = {
    day: first(search[`${field}-day`]),
    month: first(search[`${field}-month`]),
    year: first(search[`${field}-year`]),
  }
  const blank = PARTS.filter((part) => parts[part] === '')
  if (blank.length === 3) {
    // Links from the route finder or the API may carry an ISO date instead of three boxes.
    const iso = first(search[field])
    if (!isIsoDate(iso)) return { parts, iso: undefined }
    const [year, month, day] = iso.split('-')
    return { parts: { day: String(Number(day)), month: String(Number(month)), year }, iso }
  }
  if (blank.length > 0) return { parts, error: { kind: 'incomplete' as const, parts: blank } }
  const wrong = wrongDateParts(parts)
  if (wrong.length > 0) return { parts, error: { kind: 'invalid' as const, parts: wrong } }
  const iso = `${parts.year}-${parts.month.padStart(2, '0')}-${parts.day.padStart(2, '0')}`
  return { parts, iso }
}

/** Reads the calculator's GET form, validates it and works out the deadlines. Pure. */
export function evaluateCalculator(search: Search, calendar: WorkingDayCalendar): CalculatorState {
  const submitted = Object.keys(search).some((key) =>
    DEADLINE_INPUT_FIELDS.some((field) => key === field || key.startsWith(`${field}-`)),
  )
  const values = {} as CalculatorState['values']
  const iso: CalculatorState['iso'] = {}
  const errors: FormError[] = []
  for (const field of DEADLINE_INPUT_FIELDS) {
    const read = readField(search, field)
    values[field] = read.parts
    if (read.error) errors.push({ field, ...read.error })
    else if (read.iso) iso[field] = read.iso
  }
  const about = first(search.appealAbout)
  const appealAbout = (APPEAL_ABOUT as readonly string[]).includes(about)
    ? (about as AppealAbout)
    : 'any'
  const state: CalculatorState = { submitted, values, appealAbout, iso, errors, timeline: [] }
  if (!submitted || errors.length > 0) return state

  // The server checks the choice too: a hand-edited address gets a clear message, not a guess.
  const validation = validateDeadlineInput({ ...iso, appealAbout: about || undefined }, calendar)
  if (!validation.ok) {
    state.errors = validation.errors.map((error) => ({ field: error.field, kind: 'rule', error }))
    return state
  }
  const { deadlines } = calculateDeadlines(validation.value, calendar)
  for (const result of Object.values(deadlines)) {
    state.timeline.push({ key: result.id, result })
    if (result.followUp)
      state.timeline.push({ key: 'mediationCertificate', result: result.followUp })
  }
  state.timeline.sort((a, b) => a.result.date.localeCompare(b.result.date))
  return state
}
