import { isIsoDate } from './isoDate'

export const DEADLINE_IDS = ['contactAdviser', 'mediation', 'certificate', 'appeal'] as const
export type DeadlineId = (typeof DEADLINE_IDS)[number]

/**
 * Stable rule ids: the UI looks up localized explanations by these, so never rename one.
 * - appeal-decision-plus-2-months: 2 months after the decision notice was sent (HESC r20)
 * - appeal-certificate-plus-1-month: 1 month after the mediation certificate was issued, because
 *   that is later than 2 months after the decision (HESC r20)
 * - contact-adviser-decision-plus-2-months: contact the mediation adviser (Regs 2014 reg 33)
 * - certificate-adviser-told-plus-3-working-days: no mediation wanted (Regs 2014 reg 34)
 * - certificate-mediation-ended-plus-3-working-days: after mediation ends (Regs 2014 reg 39)
 * - certificate-mediation-not-held-plus-3-working-days: mediation not held within 30 days
 * - mediation-council-told-plus-30-days: the council must arrange mediation (Regs 2014 reg 37)
 */
export const RULE_IDS = [
  'appeal-decision-plus-2-months',
  'appeal-certificate-plus-1-month',
  'contact-adviser-decision-plus-2-months',
  'certificate-adviser-told-plus-3-working-days',
  'certificate-mediation-ended-plus-3-working-days',
  'certificate-mediation-not-held-plus-3-working-days',
  'mediation-council-told-plus-30-days',
] as const
export type RuleId = (typeof RULE_IDS)[number]

/**
 * Stable warning codes shown next to a deadline:
 * - july-weekend-rolled-into-august: the raw appeal date was a late-July non-working day whose
 *   next working day is in August; we give the first working day of September, but the law is
 *   unsettled, so the family should check with SENDIASS (facts, open question)
 * - weekend-rolled-into-christmas-period: the same question just before Christmas (the next
 *   working day is 27 or 28 December); we apply the Christmas rule and warn
 * - certificate-not-yet-issued: no certificate date given; getting a certificate later may
 *   move the appeal deadline later (1 month after it is issued)
 * - deadline-on-non-working-day: the date is a weekend or bank holiday and the rule does not say
 *   that it moves, so we keep the earlier date; act on the working day before
 */
export const DEADLINE_WARNINGS = [
  'july-weekend-rolled-into-august',
  'weekend-rolled-into-christmas-period',
  'certificate-not-yet-issued',
  'deadline-on-non-working-day',
] as const
export type DeadlineWarning = (typeof DEADLINE_WARNINGS)[number]

/** How the raw date was moved: Tribunal appeals only (HESC r20 and r12). */
export type DeadlineAdjustment = null | 'august' | 'christmas' | 'non-working-day'

export interface DeadlineResult {
  id: DeadlineId
  date: string
  ruleId: RuleId
  legalBasis: string
  adjusted: DeadlineAdjustment
  unadjustedDate: string
  warnings: DeadlineWarning[]
  /**
   * Only on the mediation deadline: the certificate that falls due 3 working days later if
   * mediation has not taken place by then
   * (ruleId certificate-mediation-not-held-plus-3-working-days).
   */
  followUp?: DeadlineResult
}

export const DEADLINE_INPUT_FIELDS = [
  'decision',
  'certificate',
  'adviserTold',
  'mediationEnded',
  'councilTold',
] as const
export type DeadlineInputField = (typeof DEADLINE_INPUT_FIELDS)[number]
export type DeadlineInput = Partial<Record<DeadlineInputField, string>>

export const DEADLINE_INPUT_ERROR_CODES = [
  'empty',
  'invalid-date',
  'out-of-range',
  'required',
  'requires-decision',
  'before-decision',
  'certificate-before-decision',
  'mediation-ended-before-council-told',
] as const
export type DeadlineInputErrorCode = (typeof DEADLINE_INPUT_ERROR_CODES)[number]

export class DeadlineInputError extends Error {
  constructor(
    readonly field: DeadlineInputField,
    readonly code: DeadlineInputErrorCode,
  ) {
    super(`Invalid deadline input ${field}: ${code}`)
    this.name = 'DeadlineInputError'
  }
}

export function requireDate(field: DeadlineInputField, value: string | undefined): string {
  if (value === undefined || value === '') throw new DeadlineInputError(field, 'required')
  if (!isIsoDate(value)) throw new DeadlineInputError(field, 'invalid-date')
  return value
}
