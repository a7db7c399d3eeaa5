import { createWorkingDayCalendar, type WorkingDayCalendar } from './calendar'
import { readDateFields } from './dateFields'
import {
  appealDeadline,
  certificateDeadline,
  contactAdviserDeadline,
  mediationDeadline,
} from './rules'
import {
  APPEAL_ABOUT,
  DEADLINE_INPUT_FIELDS,
  type AppealAbout,
  DeadlineInputError,
  type DeadlineId,
  type DeadlineInput,
  type DeadlineInputErrorCode,
  type DeadlineInputField,
  type DeadlineResult,
} from './types'

export interface DeadlineFieldError {
  field: DeadlineInputField | 'appealAbout'
  code: DeadlineInputErrorCode
}

export type DeadlineValidation =
  { ok: true; value: DeadlineInput } | { ok: false; errors: DeadlineFieldError[] }

let defaultCalendar: WorkingDayCalendar | undefined
/** The calendar built from lib/deadlines/bank-holidays.json alone, made once. */
export function getDefaultCalendar(): WorkingDayCalendar {
  defaultCalendar ??= createWorkingDayCalendar()
  return defaultCalendar
}

/**
 * Dates (YYYY-MM-DD, already valid) that cannot be in that order: a certificate without or before
 * the decision, the adviser or council told or mediation ended before the decision, mediation
 * ended before the council was told. At most one error per field, on the later event; an empty
 * list when the order is possible. Never throws.
 */
export function orderingErrors(input: DeadlineInput): DeadlineFieldError[] {
  const errors: DeadlineFieldError[] = []
  const add = (field: DeadlineFieldError['field'], code: DeadlineInputErrorCode) => {
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

/**
 * Every deadline the given dates allow, keyed by id. An appeal about section I only
 * (appealAbout 'placement-only') needs no certificate (CFA 2014, s55(3)), so it has no
 * "contact the mediation adviser" deadline (reg 33 binds only those who need a certificate).
 * Throws DeadlineInputError for dates that cannot be in that order.
 */
export function calculateDeadlines(
  input: DeadlineInput,
  calendar: WorkingDayCalendar = getDefaultCalendar(),
): { deadlines: Partial<Record<DeadlineId, DeadlineResult>> } {
  const [firstError] = orderingErrors(input)
  if (firstError) throw new DeadlineInputError(firstError.field, firstError.code)
  const { decision, certificate, adviserTold, mediationEnded, councilTold, appealAbout } = input
  const deadlines: Partial<Record<DeadlineId, DeadlineResult>> = {}
  if (decision !== undefined && appealAbout !== 'placement-only') {
    deadlines.contactAdviser = contactAdviserDeadline({ decision }, calendar)
  }
  if (councilTold !== undefined) deadlines.mediation = mediationDeadline({ councilTold }, calendar)
  if (adviserTold !== undefined || mediationEnded !== undefined) {
    deadlines.certificate = certificateDeadline({ adviserTold, mediationEnded }, calendar)
  }
  if (decision !== undefined) {
    deadlines.appeal = appealDeadline({ decision, certificate, appealAbout }, calendar)
  }
  return { deadlines }
}

const isAppealAbout = (value: string): value is AppealAbout =>
  (APPEAL_ABOUT as readonly string[]).includes(value)

/**
 * Checks form or query input: the five ISO dates (each within calendar.coverage, 2000 to 2100)
 * and `appealAbout` ('any' or 'placement-only'). Absent fields are fine; an empty date is
 * reported as 'empty' so callers should drop blank optional inputs before calling. Never throws.
 */
export function validateDeadlineInput(
  raw: Record<string, string | undefined>,
  calendar: WorkingDayCalendar = getDefaultCalendar(),
): DeadlineValidation {
  const read = readDateFields(DEADLINE_INPUT_FIELDS, raw, calendar)
  const value: DeadlineInput = read.value
  const errors: DeadlineFieldError[] = read.errors
  const noDates = errors.length === 0 && Object.keys(value).length === 0
  const about = raw.appealAbout?.trim()
  if (about !== undefined && about !== '') {
    if (isAppealAbout(about)) value.appealAbout = about
    else errors.push({ field: 'appealAbout', code: 'invalid-appeal-about' })
  }
  if (noDates) errors.push({ field: 'decision', code: 'required' })
  if (errors.length === 0) errors.push(...orderingErrors(value))
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors }
}
