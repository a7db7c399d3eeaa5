import {
  calculateDeadlines,
  DEADLINE_INPUT_FIELDS,
  isIsoDate,
  validateDeadlineInput,
  type DeadlineFieldError,
  type DeadlineId,
  type DeadlineInputField,
  type DeadlineResult,
  type WorkingDayCalendar,
} from '@/lib/deadlines'

export type DateParts = { day: string; month: string; year: string }
type Search = Record<string, string | string[] | undefined>

export type FormError =
  | { field: DeadlineInputField; kind: 'incomplete' | 'invalid'; parts: (keyof DateParts)[] }
  | { field: DeadlineInputField; kind: 'rule'; error: DeadlineFieldError }

export interface CalculatorState {
  submitted: boolean
  values: Record<DeadlineInputField, DateParts>
  /** The dates as YYYY-MM-DD, for links to the calendar file and the API. */
  iso: Partial<Record<DeadlineInputField, string>>
  errors: FormError[]
  /** Deadlines (the mediation follow-up as its own entry) in date order. */
  timeline: { key: DeadlineId | 'mediationCertificate'; result: DeadlineResult }[]
}

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() ?? ''

// Accepts "7", "07" and "2026"; anything else is not a date a person meant.
function toIso({ day, month, year }: DateParts): string | null {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  return isIsoDate(iso) ? iso : null
}

function readField(search: Search, field: DeadlineInputField) {
  const parts: DateParts = {
    day: first(search[`${field}-day`]),
    month: first(search[`${field}-month`]),
    year: first(search[`${field}-year`]),
  }
  const blank = (Object.keys(parts) as (keyof DateParts)[]).filter((part) => parts[part] === '')
  if (blank.length === 3) {
    // Links from the route finder or the API may carry an ISO date instead of three boxes.
    const iso = first(search[field])
    if (!isIsoDate(iso)) return { parts, iso: undefined }
    const [year, month, day] = iso.split('-')
    return { parts: { day: String(Number(day)), month: String(Number(month)), year }, iso }
  }
  if (blank.length > 0) return { parts, error: { kind: 'incomplete' as const, parts: blank } }
  const iso = toIso(parts)
  if (!iso) return { parts, error: { kind: 'invalid' as const, parts: [] } }
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
  const state: CalculatorState = { submitted, values, iso, errors, timeline: [] }
  if (!submitted || errors.length > 0) return state

  const validation = validateDeadlineInput(iso, calendar)
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
