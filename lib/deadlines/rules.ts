import type { WorkingDayCalendar } from './calendar'
import { addDays } from './isoDate'
import { addMonths } from './months'
import { DeadlineInputError, requireDate, type DeadlineResult, type DeadlineWarning } from './types'

export { appealDeadline } from './appeal'

const LEGAL_BASIS = {
  contactAdviser: 'SEND Regulations 2014, reg 33',
  certificateAdviserTold: 'SEND Regulations 2014, reg 34',
  certificateMediationEnded: 'SEND Regulations 2014, reg 39',
  certificateNotHeld: 'SEND Regulations 2014, reg 37',
  mediation: 'SEND Regulations 2014, reg 37; CFA 2014, s53',
} as const

/**
 * 2 months after the decision notice (Regs 2014 reg 33). Deliberately NOT rolled forward from a
 * weekend or bank holiday: the Regs do not say it moves, and the HESC rules on August, Christmas
 * and non-working days govern Tribunal time limits only. The earlier date is the safe one for a
 * family, so we keep it and warn when it is not a working day.
 */
export function contactAdviserDeadline(
  input: { decision: string },
  calendar: WorkingDayCalendar,
): DeadlineResult {
  const date = addMonths(requireDate('decision', input.decision), 2)
  const warnings: DeadlineWarning[] = calendar.isWorkingDay(date)
    ? []
    : ['deadline-on-non-working-day']
  const ruleId = 'contact-adviser-decision-plus-2-months'
  const legalBasis = LEGAL_BASIS.contactAdviser
  return {
    id: 'contactAdviser',
    date,
    ruleId,
    legalBasis,
    adjusted: null,
    unadjustedDate: date,
    warnings,
  }
}

/**
 * 3 working days after the later of: telling the adviser there will be no mediation (reg 34), or
 * mediation ending (reg 39). August counts as normal: the HESC August rule is for appeals only.
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
 * 30 calendar days after the council is told (reg 37); never rolled, it is the council's duty.
 * `followUp` is the certificate due 3 working days later if mediation has not happened by then.
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
