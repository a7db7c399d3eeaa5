import type { WorkingDayCalendar } from './calendar'
import { isIsoDate } from './isoDate'

/** Why one date field was refused: left empty, not a real YYYY-MM-DD date, or outside the calendar. */
export type DateFieldErrorCode = 'empty' | 'invalid-date' | 'out-of-range'

/**
 * Reads the ISO date fields of a query (the deadline calculator's and the EHC timeline's),
 * trimming each; a field that is absent is skipped.
 *
 * @param fields - the field names to read, in the order errors are reported
 * @param raw - the query's values by name (undefined when absent)
 * @param calendar - the working-day calendar; a date it does not cover is 'out-of-range'
 * @returns the accepted ISO dates by field, and one error per refused field. Never throws.
 */
export function readDateFields<F extends string>(
  fields: readonly F[],
  raw: Record<string, string | undefined>,
  calendar: WorkingDayCalendar,
): { value: Partial<Record<F, string>>; errors: { field: F; code: DateFieldErrorCode }[] } {
  const value: Partial<Record<F, string>> = {}
  const errors: { field: F; code: DateFieldErrorCode }[] = []
  for (const field of fields) {
    const given = raw[field]
    if (given === undefined) continue
    const trimmed = given.trim()
    if (trimmed === '') errors.push({ field, code: 'empty' })
    else if (!isIsoDate(trimmed)) errors.push({ field, code: 'invalid-date' })
    else if (!calendar.isCovered(trimmed)) errors.push({ field, code: 'out-of-range' })
    else value[field] = trimmed
  }
  return { value, errors }
}
