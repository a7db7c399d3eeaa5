import {
  APPEAL_ABOUT,
  calculateDeadlines,
  DEADLINE_INPUT_FIELDS,
  validateDeadlineInput,
  type AppealAbout,
  type DeadlineFieldError,
  type DeadlineId,
  type DeadlineInputField,
  type DeadlineResult,
  type WorkingDayCalendar,
} from '@/lib/deadlines'
import {
  DATE_INPUT_PARTS,
  queryValue,
  readDateInput,
  type DateInputPart,
  type DateInputValue,
} from '@/lib/forms/dateInput'

type Search = Record<string, string | string[] | undefined>

/**
 * One problem with the form. `parts` are the boxes that are wrong (GOV.UK date input: only they
 * get the error style, and the error summary links to the first of them).
 */
export type FormError =
  | { field: DeadlineInputField; kind: 'incomplete' | 'invalid'; parts: DateInputPart[] }
  | { field: DeadlineInputField | 'appealAbout'; kind: 'rule'; error: DeadlineFieldError }

export interface CalculatorState {
  submitted: boolean
  values: Record<DeadlineInputField, DateInputValue>
  /** What the appeal is about; 'any' unless the reader chose section I only. */
  appealAbout: AppealAbout
  /** The dates as YYYY-MM-DD, for links to the calendar file and the API. */
  iso: Partial<Record<DeadlineInputField, string>>
  errors: FormError[]
  /** Deadlines (the mediation follow-up as its own entry) in date order. */
  timeline: { key: DeadlineId | 'mediationCertificate'; result: DeadlineResult }[]
}

/** Which boxes a form error marks: the wrong parts, the year for a date out of range, or all. */
export function markedParts(error: FormError): DateInputPart[] {
  if (error.kind !== 'rule') return error.parts
  return error.error.code === 'out-of-range' ? ['year'] : [...DATE_INPUT_PARTS]
}

function readField(search: Search, field: DeadlineInputField) {
  // Links from the route finder or the API may carry an ISO date instead of three boxes.
  const { value: parts, iso, missing, wrong } = readDateInput(search, field)
  if (iso) return { parts, iso }
  // All three empty: an optional date left out (a required one is checked by the rules).
  if (missing.length === 3) return { parts, iso: undefined }
  if (missing.length > 0) return { parts, error: { kind: 'incomplete' as const, parts: missing } }
  return { parts, error: { kind: 'invalid' as const, parts: wrong } }
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
  const about = queryValue(search, 'appealAbout')
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
