import type { WorkingDayCalendar } from './calendar'
import { addDays } from './isoDate'
import { addMonths } from './months'
import { DeadlineInputError, requireDate, type DeadlineResult } from './types'

export { appealDeadline, safeAppealDate } from './appeal'

// SEND Regulations 2014 (SI 2014/1530), Part 2, "Mediation" (regs 32 to 42); CFA 2014 ss52-56.
const LEGAL_BASIS = {
  contactAdviser: 'SEND Regulations 2014, reg 33',
  certificateAdviserTold: 'SEND Regulations 2014, reg 34; CFA 2014, s55(4)',
  certificateMediationEnded: 'SEND Regulations 2014, reg 39; CFA 2014, s55(5)',
  certificateNotHeld: 'SEND Regulations 2014, regs 36 and 37; CFA 2014, s55',
  mediation: 'SEND Regulations 2014, reg 36 (reg 35 where health care is in issue); CFA 2014, s53',
} as const

/**
 * 2 months after the decision notice (Regs 2014 reg 33), as an ISO date. Never rolled forward:
 * the Regs do not say it moves, and the HESC rules on August, Christmas and non-working days
 * govern Tribunal time limits only. When the 2 months end on a weekend or bank holiday the date
 * given is the working day before (adjusted 'working-day-before'): the safe day to act (facts,
 * "Deadlines: the safest date"). Throws DeadlineInputError for a missing or invalid decision.
 */
export function contactAdviserDeadline(
  input: { decision: string },
  calendar: WorkingDayCalendar,
): DeadlineResult {
  const nominal = addMonths(requireDate('decision', input.decision), 2)
  const onWorkingDay = calendar.isWorkingDay(nominal)
  return {
    id: 'contactAdviser',
    date: onWorkingDay ? nominal : calendar.previousWorkingDayBefore(nominal),
    ruleId: 'contact-adviser-decision-plus-2-months',
    legalBasis: LEGAL_BASIS.contactAdviser,
    adjusted: onWorkingDay ? null : 'working-day-before',
    unadjustedDate: nominal,
    warnings: [],
  }
}

/**
 * 3 working days after the later of: telling the adviser there will be no mediation (reg 34), or
 * mediation ending (reg 39), as an ISO date. August counts as normal: the HESC August rule is for
 * appeals only. Throws DeadlineInputError when neither date is given or one is invalid.
 */
export function certificateDeadline(
  input: { adviserTold?: string; mediationEnded?: string },
  calendar: WorkingDayCalendar,
): DeadlineResult {
  const { adviserTold, mediationEnded } = input
  if (adviserTold === undefined && mediationEnded === undefined) {
    throw new DeadlineInputError('adviserTold', 'required')
  }
  const told = adviserTold === undefined ? undefined : requireDate('adviserTold', adviserTold)
  const ended =
    mediationEnded === undefined ? undefined : requireDate('mediationEnded', mediationEnded)
  const byMediation = ended !== undefined && (told === undefined || ended >= told)
  const from = byMediation ? ended : told!
  const date = calendar.addWorkingDays(from, 3)
  return {
    id: 'certificate',
    date,
    ruleId: byMediation
      ? 'certificate-mediation-ended-plus-3-working-days'
      : 'certificate-adviser-told-plus-3-working-days',
    legalBasis: byMediation
      ? LEGAL_BASIS.certificateMediationEnded
      : LEGAL_BASIS.certificateAdviserTold,
    adjusted: null,
    unadjustedDate: date,
    warnings: [],
  }
}

/**
 * 30 calendar days after the council is told (reg 36; reg 35 for health care issues), as an ISO
 * date; never rolled, it is the council's duty. `followUp` is the certificate due 3 working days
 * later if mediation has not happened by then (regs 36 and 37). Throws DeadlineInputError.
 */
export function mediationDeadline(
  input: { councilTold: string },
  calendar: WorkingDayCalendar,
): DeadlineResult {
  const date = addDays(requireDate('councilTold', input.councilTold), 30)
  const certificateDate = calendar.addWorkingDays(date, 3)
  return {
    id: 'mediation',
    date,
    ruleId: 'mediation-council-told-plus-30-days',
    legalBasis: LEGAL_BASIS.mediation,
    adjusted: null,
    unadjustedDate: date,
    warnings: [],
    followUp: {
      id: 'certificate',
      date: certificateDate,
      ruleId: 'certificate-mediation-not-held-plus-3-working-days',
      legalBasis: LEGAL_BASIS.certificateNotHeld,
      adjusted: null,
      unadjustedDate: certificateDate,
      warnings: [],
    },
  }
}
