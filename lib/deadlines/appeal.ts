import { DateOutOfRangeError, type WorkingDayCalendar } from './calendar'
import { formatIsoDate, parseIsoDate, requireIsoDate } from './isoDate'
import { addMonths } from './months'
import {
  DeadlineInputError,
  requireDate,
  type DeadlineAdjustment,
  type DeadlineResult,
  type DeadlineWarning,
} from './types'

const LEGAL_BASIS = 'HESC Rules 2008, rule 20; CFA 2014, s51'
// Rule 12 is the general "next working day" rule; cited only when it moved the date.
const LEGAL_BASIS_ROLLED = 'HESC Rules 2008, rules 12 and 20; CFA 2014, s51'

const isChristmasPeriod = (month: number, day: number) =>
  (month === 12 && day >= 25) || (month === 1 && day === 1)

interface Adjusted {
  date: string
  adjusted: DeadlineAdjustment
  warnings: DeadlineWarning[]
}

// Moves a Tribunal deadline by the SEN-appeal rules (HESC r20: August and Christmas) and the
// general rule (HESC r12: the next working day). These apply to SEN appeals only.
function adjustTribunalDeadline(raw: string, calendar: WorkingDayCalendar): Adjusted {
  if (!calendar.isCovered(raw)) throw new DateOutOfRangeError(raw, calendar.coverage)
  const seasonal = (iso: string, warnings: DeadlineWarning[]): Adjusted | null => {
    const { year, month, day } = requireIsoDate(iso)
    if (month === 8) {
      const september = formatIsoDate({ year, month: 9, day: 1 })
      return { date: calendar.nextWorkingDayOnOrAfter(september), adjusted: 'august', warnings }
    }
    if (isChristmasPeriod(month, day)) {
      const newYear = formatIsoDate({ year: month === 12 ? year + 1 : year, month: 1, day: 1 })
      return { date: calendar.firstWorkingDayAfter(newYear), adjusted: 'christmas', warnings }
    }
    return null
  }

  const direct = seasonal(raw, [])
  if (direct) return direct
  if (calendar.isWorkingDay(raw)) return { date: raw, adjusted: null, warnings: [] }

  const rolled = calendar.nextWorkingDayOnOrAfter(raw)
  // Open question in the facts: a weekend at the end of July (or just before Christmas) rolls into
  // the protected period. We give the later date, which the period rule supports, but warn.
  const rolledMonth = parseIsoDate(rolled)!.month
  const warning: DeadlineWarning =
    rolledMonth === 8 ? 'july-weekend-rolled-into-august' : 'weekend-rolled-into-christmas-period'
  return seasonal(rolled, [warning]) ?? { date: rolled, adjusted: 'non-working-day', warnings: [] }
}

/** Later of 2 months after the decision notice and 1 month after the certificate (HESC r20). */
export function appealDeadline(
  input: { decision: string; certificate?: string },
  calendar: WorkingDayCalendar,
): DeadlineResult {
  const decision = requireDate('decision', input.decision)
  const certificate =
    input.certificate === undefined ? undefined : requireDate('certificate', input.certificate)
  if (certificate !== undefined && certificate < decision) {
    throw new DeadlineInputError('certificate', 'certificate-before-decision')
  }

  const fromDecision = addMonths(decision, 2)
  const fromCertificate = certificate === undefined ? undefined : addMonths(certificate, 1)
  // On a tie the decision rule is reported: it needs no certificate to be true.
  const byCertificate = fromCertificate !== undefined && fromCertificate > fromDecision
  const raw = byCertificate ? fromCertificate : fromDecision
  const { date, adjusted, warnings } = adjustTribunalDeadline(raw, calendar)

  return {
    id: 'appeal',
    date,
    ruleId: byCertificate ? 'appeal-certificate-plus-1-month' : 'appeal-decision-plus-2-months',
    legalBasis: adjusted === 'non-working-day' ? LEGAL_BASIS_ROLLED : LEGAL_BASIS,
    adjusted,
    unadjustedDate: raw,
    warnings: certificate === undefined ? [...warnings, 'certificate-not-yet-issued'] : warnings,
  }
}
