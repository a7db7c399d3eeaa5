import type { WorkingDayCalendar } from './calendar'
import { formatIsoDate, requireIsoDate } from './isoDate'
import { addMonths } from './months'
import {
  DeadlineInputError,
  requireDate,
  type AppealAbout,
  type DeadlineAdjustment,
  type DeadlineResult,
  type DeadlineWarning,
  type LaterReading,
} from './types'

// HESC = Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber)
// Rules 2008: r20(1) the time limit; r12(1) by 5pm; r12(2) a non-working day moves to the next
// working day; r12(3)(a) in SEN cases a time limit ending in August or 25 December to 1 January
// moves past the period. CFA 2014 s51: the right of appeal; s55(3): no certificate for section I.
const HESC = 'HESC Rules 2008'

function legalBasis(adjusted: DeadlineAdjustment, placementOnly: boolean): string {
  const rules =
    adjusted === 'august' || adjusted === 'christmas'
      ? 'rules 12(1), 12(3)(a) and 20(1)'
      : adjusted === 'non-working-day'
        ? 'rules 12(1), 12(2) and 20(1)'
        : adjusted === 'working-day-before'
          ? 'rules 12(1), 12(2), 12(3)(a) and 20(1)'
          : 'rules 12(1) and 20(1)'
  return `${HESC}, ${rules}; CFA 2014, ${placementOnly ? 's51 and s55(3)' : 's51'}`
}

const isChristmasPeriod = (iso: string) => {
  const { month, day } = requireIsoDate(iso)
  return (month === 12 && day >= 25) || (month === 1 && day === 1)
}
const isAugust = (iso: string) => requireIsoDate(iso).month === 8

/** Where r12(3) sends a date in August or 25 Dec to 1 Jan; null for any other date. */
function pastProtectedPeriod(iso: string, calendar: WorkingDayCalendar): string | null {
  const { year, month } = requireIsoDate(iso)
  if (isAugust(iso)) {
    return calendar.nextWorkingDayOnOrAfter(formatIsoDate({ year, month: 9, day: 1 }))
  }
  if (isChristmasPeriod(iso)) {
    const newYear = formatIsoDate({ year: month === 12 ? year + 1 : year, month: 1, day: 1 })
    return calendar.firstWorkingDayAfter(newYear)
  }
  return null
}

interface SafeDate {
  date: string
  adjusted: DeadlineAdjustment
  laterReading?: LaterReading
}

/**
 * The last day an SEN appeal is safe under every reading of HESC r12 (facts, "Deadlines: the
 * safest date"), from the nominal r20 date:
 * - nominal date in August or 25 Dec to 1 Jan: settled, it moves past the period (r12(3));
 * - nominal date a working day: that day;
 * - a weekend or bank holiday whose next working day is outside those periods: that next working
 *   day (r12(2)), settled;
 * - a weekend or bank holiday whose next working day is inside them (late July, just before
 *   Christmas): unsettled. The safe date is the working day before; the later readings (r12(2)'s
 *   date, then perhaps r12(3)'s) are returned as laterReading, never as the headline.
 */
export function safeAppealDate(nominal: string, calendar: WorkingDayCalendar): SafeDate {
  const moved = pastProtectedPeriod(nominal, calendar)
  if (moved) {
    return { date: moved, adjusted: isAugust(nominal) ? 'august' : 'christmas' }
  }
  if (calendar.isWorkingDay(nominal)) return { date: nominal, adjusted: null }
  const rolled = calendar.nextWorkingDayOnOrAfter(nominal)
  const thenDate = pastProtectedPeriod(rolled, calendar)
  if (!thenDate) return { date: rolled, adjusted: 'non-working-day' }
  return {
    date: calendar.previousWorkingDayBefore(nominal),
    adjusted: 'working-day-before',
    laterReading: {
      id: isAugust(rolled) ? 'rolled-into-august' : 'rolled-into-christmas',
      date: rolled,
      thenDate,
    },
  }
}

/**
 * The appeal deadline (HESC r20(1)): the later of 2 months after the decision notice was sent and
 * 1 month after the mediation certificate was issued; an appeal about section I only needs no
 * certificate (CFA 2014, s55(3)), so for it only the 2 months count. The date is the safe one
 * (safeAppealDate); the Tribunal must receive the appeal by 5pm that day (r12(1)).
 * Input: ISO dates; throws DeadlineInputError for a missing or invalid date, or a certificate
 * before the decision.
 */
export function appealDeadline(
  input: { decision: string; certificate?: string; appealAbout?: AppealAbout },
  calendar: WorkingDayCalendar,
): DeadlineResult {
  const decision = requireDate('decision', input.decision)
  const certificate =
    input.certificate === undefined ? undefined : requireDate('certificate', input.certificate)
  if (certificate !== undefined && certificate < decision) {
    throw new DeadlineInputError('certificate', 'certificate-before-decision')
  }
  const placementOnly = input.appealAbout === 'placement-only'

  const fromDecision = addMonths(decision, 2)
  const fromCertificate =
    certificate === undefined || placementOnly ? undefined : addMonths(certificate, 1)
  // On a tie the decision rule is reported: it needs no certificate to be true.
  const byCertificate = fromCertificate !== undefined && fromCertificate > fromDecision
  const nominal = byCertificate ? fromCertificate : fromDecision
  const { date, adjusted, laterReading } = safeAppealDate(nominal, calendar)

  const warnings: DeadlineWarning[] = []
  if (placementOnly && certificate !== undefined) warnings.push('certificate-does-not-extend')
  if (!placementOnly && certificate === undefined) warnings.push('certificate-not-yet-issued')
  const result: DeadlineResult = {
    id: 'appeal',
    date,
    ruleId: placementOnly
      ? 'appeal-placement-only-plus-2-months'
      : byCertificate
        ? 'appeal-certificate-plus-1-month'
        : 'appeal-decision-plus-2-months',
    legalBasis: legalBasis(adjusted, placementOnly),
    adjusted,
    unadjustedDate: nominal,
    warnings,
  }
  if (laterReading) result.laterReading = laterReading
  return result
}
