import { isIsoDate } from './isoDate'

export const DEADLINE_IDS = ['contactAdviser', 'mediation', 'certificate', 'appeal'] as const
export type DeadlineId = (typeof DEADLINE_IDS)[number]

/**
 * Stable rule ids: the UI looks up localized explanations by these, so never rename one.
 * - appeal-decision-plus-2-months: 2 months after the decision notice was sent (HESC r20(1))
 * - appeal-certificate-plus-1-month: 1 month after the mediation certificate was issued, because
 *   that is later than 2 months after the decision (HESC r20(1))
 * - appeal-placement-only-plus-2-months: an appeal about section I only needs no certificate
 *   (CFA 2014, s55(3)), so only 2 months after the decision notice (HESC r20(1))
 * - contact-adviser-decision-plus-2-months: contact the mediation adviser (Regs 2014 reg 33)
 * - certificate-adviser-told-plus-3-working-days: no mediation wanted (Regs 2014 reg 34)
 * - certificate-mediation-ended-plus-3-working-days: after mediation ends (Regs 2014 reg 39;
 *   CFA 2014, s55(5))
 * - certificate-mediation-not-held-plus-3-working-days: mediation not held within 30 days
 *   (Regs 2014 regs 36 and 37; CFA 2014, s55)
 * - mediation-council-told-plus-30-days: the council must arrange mediation within 30 days
 *   (Regs 2014 reg 36; reg 35 where health care is in issue; CFA 2014, s53)
 */
export const RULE_IDS = [
  'appeal-decision-plus-2-months',
  'appeal-certificate-plus-1-month',
  'appeal-placement-only-plus-2-months',
  'contact-adviser-decision-plus-2-months',
  'certificate-adviser-told-plus-3-working-days',
  'certificate-mediation-ended-plus-3-working-days',
  'certificate-mediation-not-held-plus-3-working-days',
  'mediation-council-told-plus-30-days',
] as const
export type RuleId = (typeof RULE_IDS)[number]

/**
 * Stable warning codes shown next to a deadline:
 * - certificate-not-yet-issued: no certificate date given; getting a certificate later may
 *   move the appeal deadline later (1 month after it is issued, HESC r20(1))
 * - certificate-does-not-extend: an appeal about section I only needs no certificate
 *   (CFA 2014, s55(3)), so a certificate date given does not extend its time limit
 */
export const DEADLINE_WARNINGS = [
  'certificate-not-yet-issued',
  'certificate-does-not-extend',
] as const
export type DeadlineWarning = (typeof DEADLINE_WARNINGS)[number]

/**
 * How the nominal date was moved:
 * - august, christmas: the nominal date itself is in August or 25 December to 1 January, so it
 *   moves past the period (HESC r12(3), SEN cases only); settled law
 * - non-working-day: a weekend or bank holiday moves to the next working day (HESC r12(2))
 * - working-day-before: the safe date is the working day before a weekend or bank holiday,
 *   because the deadline is never rolled forward (reg 33) or the roll is unsettled (laterReading)
 */
export type DeadlineAdjustment =
  null | 'august' | 'christmas' | 'non-working-day' | 'working-day-before'

/**
 * Stable ids of the unsettled later readings (facts, "Deadlines: the safest date"): the nominal
 * date is a weekend or bank holiday; r12(2) moves it to a working day in August (or in the
 * Christmas period); whether r12(3) then moves it again is not settled.
 */
export const LATER_READING_IDS = ['rolled-into-august', 'rolled-into-christmas'] as const
export type LaterReadingId = (typeof LATER_READING_IDS)[number]

export interface LaterReading {
  id: LaterReadingId
  /** The next working day under r12(2): the nearest later date a family might be told. */
  date: string
  /** Where r12(3) would move it again if it applied after r12(2). */
  thenDate: string
}

/** What the appeal is about: section I only needs no mediation certificate (CFA 2014, s55(3)). */
export const APPEAL_ABOUT = ['any', 'placement-only'] as const
export type AppealAbout = (typeof APPEAL_ABOUT)[number]

export interface DeadlineResult {
  id: DeadlineId
  /** The headline: the last day that is safe under every reading of the rules (YYYY-MM-DD). */
  date: string
  ruleId: RuleId
  legalBasis: string
  adjusted: DeadlineAdjustment
  /** The date the rule gives before any move (YYYY-MM-DD). */
  unadjustedDate: string
  warnings: DeadlineWarning[]
  /** Only where a later date is arguable but unsettled: never the headline. */
  laterReading?: LaterReading
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
export type DeadlineInput = Partial<Record<DeadlineInputField, string>> & {
  /** Absent means 'any' (the usual appeal, which needs a certificate). */
  appealAbout?: AppealAbout
}

export const DEADLINE_INPUT_ERROR_CODES = [
  'empty',
  'invalid-date',
  'out-of-range',
  'invalid-appeal-about',
  'required',
  'requires-decision',
  'before-decision',
  'certificate-before-decision',
  'mediation-ended-before-council-told',
] as const
export type DeadlineInputErrorCode = (typeof DEADLINE_INPUT_ERROR_CODES)[number]

export class DeadlineInputError extends Error {
  constructor(
    readonly field: DeadlineInputField | 'appealAbout',
    readonly code: DeadlineInputErrorCode,
  ) {
    super(`Invalid deadline input ${field}: ${code}`)
    this.name = 'DeadlineInputError'
  }
}

/**
 * The date a deadline rule needs from the input, as given (`YYYY-MM-DD`). Throws DeadlineInputError
 * for `field` with code 'required' when it is missing or empty, and 'invalid-date' when it is not a
 * real date in that form.
 */
export function requireDate(field: DeadlineInputField, value: string | undefined): string {
  if (value === undefined || value === '') throw new DeadlineInputError(field, 'required')
  if (!isIsoDate(value)) throw new DeadlineInputError(field, 'invalid-date')
  return value
}
