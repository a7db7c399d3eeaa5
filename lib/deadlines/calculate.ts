import { createWorkingDayCalendar, DateOutOfRangeError, type WorkingDayCalendar } from './calendar'
import { isIsoDate } from './isoDate'
import {
  appealDeadline,
  certificateDeadline,
  contactAdviserDeadline,
  mediationDeadline,
} from './rules'
import {
  DEADLINE_INPUT_FIELDS,
  DeadlineInputError,
  type DeadlineId,
  type DeadlineInput,
  type DeadlineInputErrorCode,
  type DeadlineInputField,
  type DeadlineResult,
} from './types'

export interface DeadlineFieldError {
  field: DeadlineInputField
  code: DeadlineInputErrorCode
}

export type DeadlineValidation =
  { ok: true; value: DeadlineInput } | { ok: false; errors: DeadlineFieldError[] }

let defaultCalendar: WorkingDayCalendar | undefined
/** The calendar built from content/bank-holidays.json alone, made once. */
export function getDefaultCalendar(): WorkingDayCalendar {
  defaultCalendar ??= createWorkingDayCalendar()
  return defaultCalendar
}

/** Dates that cannot be in that order; at most one error per field, on the later event. */
export function orderingErrors(input: DeadlineInput): DeadlineFieldError[] {
  const errors: DeadlineFieldError[] = []
  const add = (field: DeadlineInputField, code: DeadlineInputErrorCode) => {
    if (!errors.some((error) => error.field === field)) errors.push({ field, code })
  }
  const { decision, certificate, mediationEnded, councilTold } = input
  // A certificate only matters for the appeal, which is counted from the decision too.
  if (certificate !== undefined && decision === undefined) add('certificate', 'requires-decision')
  if (decision !== undefined) {
    if (certificate !== undefined && certificate < decision) {
      add('certificate', 'certificate-before-decision')
    }
    for (const field of ['adviserTold', 'councilTold', 'mediationEnded'] as const) {
      const date = input[field]
      if (date !== undefined && date < decision) add(field, 'before-decision')
    }
  }
  if (mediationEnded !== undefined && councilTold !== undefined && mediationEnded < councilTold) {
    add('mediationEnded', 'mediation-ended-before-council-told')
  }
  return errors
}

/** Every deadline the given dates allow; throws DeadlineInputError or DateOutOfRangeError. */
export function calculateDeadlines(
  input: DeadlineInput,
  calendar: WorkingDayCalendar = getDefaultCalendar(),
): { deadlines: Partial<Record<DeadlineId, DeadlineResult>> } {
  const [firstError] = orderingErrors(input)
  if (firstError) throw new DeadlineInputError(firstError.field, firstError.code)
  const { decision, certificate, adviserTold, mediationEnded, councilTold } = input
  const deadlines: Partial<Record<DeadlineId, DeadlineResult>> = {}
  if (decision !== undefined) {
    deadlines.contactAdviser = contactAdviserDeadline({ decision }, calendar)
  }
  if (councilTold !== undefined) deadlines.mediation = mediationDeadline({ councilTold }, calendar)
  if (adviserTold !== undefined || mediationEnded !== undefined) {
    deadlines.certificate = certificateDeadline({ adviserTold, mediationEnded }, calendar)
  }
  if (decision !== undefined) deadlines.appeal = appealDeadline({ decision, certificate }, calendar)
  return { deadlines }
}

// Which field to blame when a deadline would land beyond the bank-holiday file.
function reachErrors(value: DeadlineInput, calendar: WorkingDayCalendar): DeadlineFieldError[] {
  const { decision, certificate, adviserTold, mediationEnded, councilTold } = value
  const probes: [DeadlineInputField, string | undefined, () => unknown][] = [
    ['decision', decision, () => appealDeadline({ decision: decision! }, calendar)],
    [
      'certificate',
      certificate,
      () => appealDeadline({ decision: decision!, certificate }, calendar),
    ],
    ['adviserTold', adviserTold, () => certificateDeadline({ adviserTold }, calendar)],
    ['mediationEnded', mediationEnded, () => certificateDeadline({ mediationEnded }, calendar)],
    ['councilTold', councilTold, () => mediationDeadline({ councilTold: councilTold! }, calendar)],
  ]
  const errors: DeadlineFieldError[] = []
  for (const [field, date, probe] of probes) {
    if (date === undefined || errors.some((error) => error.field === 'decision')) continue
    try {
      probe()
    } catch (error) {
      if (!(error instanceof DateOutOfRangeError)) throw error
      errors.push({ field, code: 'out-of-range' })
    }
  }
  return errors
}

/**
 * Checks form or query input. Absent fields are fine; an empty string is reported as 'empty' so
 * callers should drop blank optional inputs before calling. Never throws for bad dates.
 */
export function validateDeadlineInput(
  raw: Record<string, string | undefined>,
  calendar: WorkingDayCalendar = getDefaultCalendar(),
): DeadlineValidation {
  const value: DeadlineInput = {}
  const errors: DeadlineFieldError[] = []
  for (const field of DEADLINE_INPUT_FIELDS) {
    const given = raw[field]
    if (given === undefined) continue
    const trimmed = given.trim()
    if (trimmed === '') errors.push({ field, code: 'empty' })
    else if (!isIsoDate(trimmed)) errors.push({ field, code: 'invalid-date' })
    else if (!calendar.isCovered(trimmed)) errors.push({ field, code: 'out-of-range' })
    else value[field] = trimmed
  }
  if (errors.length === 0 && Object.keys(value).length === 0) {
    errors.push({ field: 'decision', code: 'required' })
  }
  if (errors.length === 0) errors.push(...orderingErrors(value))
  if (errors.length === 0) errors.push(...reachErrors(value, calendar))
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors }
}
