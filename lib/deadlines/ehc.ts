import type { WorkingDayCalendar } from './calendar'
import { readDateFields } from './dateFields'
import { addDays } from './isoDate'
import { addMonths } from './months'

// The statutory clocks of the whole EHC process, beside the appeal clocks in rules.ts and
// appeal.ts. Weeks are calendar weeks (7 days) and days are calendar days: the SEND Regulations
// 2014 (SI 2014/1530) count them so, August and bank holidays included. "Within n weeks of" an
// event excludes the day of the event (the usual reading), so a duty "within 6 weeks of" a Monday
// ends on the Monday 6 weeks later. "Beginning with" (reg 13(1)(a)) and "starting with" (Equality
// Act 2010 Sch 17 para 4(1)) include it. The council's duties are never moved; the family's own
// last days on a weekend or bank holiday move to the working day before, the safe day to act
// (facts, section 8), because nothing in these rules moves them later.

const REGS = 'SEND Regulations 2014'
const RECOMMENDATIONS =
  'SEND (First-tier Tribunal Recommendations Power) Regulations 2017 (SI 2017/1306)'

/** The date each clock counts from; also the API's query parameters (YYYY-MM-DD). */
export const EHC_INPUT_FIELDS = [
  'request',
  'draftPlan',
  'reviewMeeting',
  'amendmentNotice',
  'recommendation',
  'ombudsmanNoticed',
  'unlawfulAct',
  'discrimination',
] as const
export type EhcInputField = (typeof EHC_INPUT_FIELDS)[number]
export type EhcInput = Partial<Record<EhcInputField, string>>

/** Stable ids: the UI and the API look up their words by these, so never rename one. */
export const EHC_CLOCK_IDS = [
  'assessmentDecision',
  'noPlanDecision',
  'finalPlan',
  'draftComments',
  'reviewReport',
  'reviewDecision',
  'amendmentComments',
  'amendedPlan',
  'recommendationResponse',
  'ombudsman',
  'judicialReview',
  'discriminationClaim',
] as const
export type EhcClockId = (typeof EHC_CLOCK_IDS)[number]

/** Who must act by the date: the family's own last days get reminders and a safe date. */
export type EhcActor = 'council' | 'school' | 'health-or-care' | 'family'

export interface EhcDeadline {
  id: EhcClockId
  /** Which input it counts from. */
  from: EhcInputField
  /** The headline (YYYY-MM-DD): for a duty, its last day; for the family, the safe day to act. */
  date: string
  /** The date the rule gives before any move (YYYY-MM-DD). */
  unadjustedDate: string
  adjusted: null | 'working-day-before'
  actor: EhcActor
  /** Stable id of the plain-words explanation (messages EhcDeadlines.rules). */
  ruleId: string
  /** English citation, shown on every page and in the API. */
  legalBasis: string
  /**
   * Only where a later date is arguable but unsettled: the next working day under HESC r12(2),
   * for a discrimination claim whose 6 months end on a non-working day. Never the headline.
   */
  laterReading?: { id: 'tribunal-next-working-day'; date: string }
  /** Stable warning codes (messages EhcDeadlines.warnings). */
  warnings: ('review-decision-late' | 'promptly')[]
}

export const EHC_ERROR_CODES = [
  'empty',
  'invalid-date',
  'out-of-range',
  'before-request',
  'before-review-meeting',
] as const
export type EhcErrorCode = (typeof EHC_ERROR_CODES)[number]
export interface EhcFieldError {
  field: EhcInputField
  code: EhcErrorCode
}

export class EhcInputError extends Error {
  constructor(
    readonly field: EhcInputField,
    readonly code: EhcErrorCode,
  ) {
    super(`Invalid EHC input ${field}: ${code}`)
    this.name = 'EhcInputError'
  }
}

const weeks = (iso: string, n: number) => addDays(iso, 7 * n)

/** A duty of the council, school or health body: its last day, never moved. */
function duty(
  id: EhcClockId,
  from: EhcInputField,
  date: string,
  actor: EhcActor,
  ruleId: string,
  legalBasis: string,
): EhcDeadline {
  return {
    id,
    from,
    date,
    unadjustedDate: date,
    adjusted: null,
    actor,
    ruleId,
    legalBasis,
    warnings: [],
  }
}

/** The family's last day: on a weekend or bank holiday, the working day before is the safe day. */
function familyAct(
  id: EhcClockId,
  from: EhcInputField,
  nominal: string,
  ruleId: string,
  legalBasis: string,
  calendar: WorkingDayCalendar,
): EhcDeadline {
  const onWorkingDay = calendar.isWorkingDay(nominal)
  return {
    id,
    from,
    date: onWorkingDay ? nominal : calendar.previousWorkingDayBefore(nominal),
    unadjustedDate: nominal,
    adjusted: onWorkingDay ? null : 'working-day-before',
    actor: 'family',
    ruleId,
    legalBasis,
    warnings: [],
  }
}

/**
 * After a request for an EHC needs assessment (`request`: the date the council received it):
 * - the decision whether to assess: 6 weeks (Regs 2014 reg 5(1));
 * - a decision not to issue a plan after assessing: 16 weeks (reg 10(1));
 * - the final EHC plan: 20 weeks (reg 13(2)).
 * Each is "within n weeks of" receiving the request: request + 7n calendar days. The council may
 * miss them lawfully only in the exceptions of regs 5(4), 10(4) and 13(3) (school closures of 4
 * weeks or more, exceptional personal circumstances, absence from the area).
 */
export function requestDeadlines(request: string): EhcDeadline[] {
  return [
    duty(
      'assessmentDecision',
      'request',
      weeks(request, 6),
      'council',
      'assessment-decision-request-plus-6-weeks',
      `${REGS}, reg 5(1) (exceptions: reg 5(4))`,
    ),
    duty(
      'noPlanDecision',
      'request',
      weeks(request, 16),
      'council',
      'no-plan-request-plus-16-weeks',
      `${REGS}, reg 10(1) (exceptions: reg 10(4))`,
    ),
    duty(
      'finalPlan',
      'request',
      weeks(request, 20),
      'council',
      'final-plan-request-plus-20-weeks',
      `${REGS}, reg 13(2) (exceptions: reg 13(3))`,
    ),
  ]
}

/**
 * The draft plan (`draftPlan`: the date on the council's letter or e-mail): at least 15 days,
 * beginning with the day it was served, to comment and ask for a school or college (Regs 2014
 * reg 13(1)(a); CFA 2014 s38(2)). "Beginning with" counts that day, so the 15th day is draft + 14.
 * Counting from the date on the letter is the earliest the service can be; a later date in the
 * council's letter gives more time.
 */
export function draftCommentsDeadline(draftPlan: string, calendar: WorkingDayCalendar) {
  return familyAct(
    'draftComments',
    'draftPlan',
    addDays(draftPlan, 14),
    'draft-comments-draft-plus-15-days',
    `${REGS}, reg 13(1)(a); CFA 2014, s38(2)`,
    calendar,
  )
}

/**
 * After an annual review meeting (`reviewMeeting`):
 * - the report of the meeting to everyone invited: 2 weeks (Regs 2014 reg 20(7) and (8); reg 21(7)
 *   where the child or young person is not at a school or college, then the council writes it);
 * - the council's decision to keep, amend or cease the plan: 4 weeks (reg 20(10)); when it amends,
 *   the proposed changes must come with that decision (reg 22(2); R (L, M and P) v Devon CC
 *   [2022] EWHC 493 (Admin));
 * - the final amended plan: 8 weeks after the proposed changes were sent (reg 22(3)); counted from
 *   `amendmentNotice` when given, otherwise 12 weeks after the meeting (4 + 8, the latest lawful
 *   date when the council decides on time).
 */
export function reviewDeadlines(reviewMeeting: string, amendmentNotice?: string): EhcDeadline[] {
  const decision = duty(
    'reviewDecision',
    'reviewMeeting',
    weeks(reviewMeeting, 4),
    'council',
    'review-decision-meeting-plus-4-weeks',
    `${REGS}, regs 20(10) and 22(2); R (L, M and P) v Devon CC [2022] EWHC 493 (Admin)`,
  )
  const clocks = [
    duty(
      'reviewReport',
      'reviewMeeting',
      weeks(reviewMeeting, 2),
      'school',
      'review-report-meeting-plus-2-weeks',
      `${REGS}, reg 20(7) and (8) (reg 21(7) outside school)`,
    ),
    decision,
  ]
  if (amendmentNotice === undefined) {
    clocks.push(
      duty(
        'amendedPlan',
        'reviewMeeting',
        weeks(reviewMeeting, 12),
        'council',
        'amended-plan-meeting-plus-12-weeks',
        `${REGS}, regs 20(10) and 22(3); R (L, M and P) v Devon CC [2022] EWHC 493 (Admin)`,
      ),
    )
  }
  return clocks
}

/**
 * After the council sends proposed changes to a plan (`amendmentNotice`): at least 15 days,
 * beginning with the day served, to comment and ask for a school (Regs 2014 reg 22(2)(c)); and
 * the final amended plan within 8 weeks of the notice being sent (reg 22(3)). With
 * `reviewMeeting`, a notice later than 4 weeks after the meeting carries 'review-decision-late'.
 */
export function amendmentDeadlines(
  amendmentNotice: string,
  calendar: WorkingDayCalendar,
  reviewMeeting?: string,
): EhcDeadline[] {
  const plan = duty(
    'amendedPlan',
    'amendmentNotice',
    weeks(amendmentNotice, 8),
    'council',
    'amended-plan-notice-plus-8-weeks',
    `${REGS}, reg 22(3)`,
  )
  if (reviewMeeting !== undefined && amendmentNotice > weeks(reviewMeeting, 4)) {
    plan.warnings.push('review-decision-late')
  }
  return [
    familyAct(
      'amendmentComments',
      'amendmentNotice',
      addDays(amendmentNotice, 14),
      'amendment-comments-notice-plus-15-days',
      `${REGS}, reg 22(2)(c)`,
      calendar,
    ),
    plan,
  ]
}

/**
 * After the Tribunal recommends health or social care provision in an extended appeal
 * (`recommendation`: the date of the decision): the ICB or council must answer in writing within
 * 5 weeks (SI 2017/1306), recommendation + 35 days.
 */
export function recommendationDeadline(recommendation: string): EhcDeadline {
  return duty(
    'recommendationResponse',
    'recommendation',
    weeks(recommendation, 5),
    'health-or-care',
    'recommendation-response-plus-5-weeks',
    RECOMMENDATIONS,
  )
}

/**
 * A complaint to the Local Government and Social Care Ombudsman (`ombudsmanNoticed`: the day the
 * family first knew of the problem): within 12 months beginning with that day (Local Government
 * Act 1974, s26B(1)), so the last day is the day before the same date 12 months on; the
 * ombudsman may accept a later complaint (s26B(2)). Safe day: the working day on or before.
 */
export function ombudsmanDeadline(noticed: string, calendar: WorkingDayCalendar): EhcDeadline {
  return familyAct(
    'ombudsman',
    'ombudsmanNoticed',
    addDays(addMonths(noticed, 12), -1),
    'ombudsman-noticed-plus-12-months',
    'Local Government Act 1974, s26B(1) and (2)',
    calendar,
  )
}

/**
 * Judicial review (`unlawfulAct`: the day the grounds first arose): the claim form must be filed
 * promptly and in any event not later than 3 months after (CPR r54.5(1)); a claim filed within 3
 * months can still be too late if not prompt (warning 'promptly'). Safe day: the working day on or
 * before the same date 3 months on.
 */
export function judicialReviewDeadline(arose: string, calendar: WorkingDayCalendar): EhcDeadline {
  const result = familyAct(
    'judicialReview',
    'unlawfulAct',
    addMonths(arose, 3),
    'judicial-review-promptly-3-months',
    'Civil Procedure Rules, r54.5(1)',
    calendar,
  )
  result.warnings.push('promptly')
  return result
}

/**
 * A disability discrimination claim against a school to the Tribunal (`discrimination`: the day of
 * the conduct, or the last day of conduct over a period): within 6 months starting with that day
 * (Equality Act 2010, Sch 17 para 4(1)), so the last day is the day before the same date 6 months
 * on. The August and Christmas rule (HESC r12(3)) is for SEN appeals only. On a non-working day the
 * safe day is the working day before; HESC r12(2) may move it to the next working day, but whether
 * a rule can lengthen a time limit set by the Act is unsettled, so that is a later reading only.
 */
export function discriminationDeadline(conduct: string, calendar: WorkingDayCalendar): EhcDeadline {
  const result = familyAct(
    'discriminationClaim',
    'discrimination',
    addDays(addMonths(conduct, 6), -1),
    'discrimination-conduct-plus-6-months',
    'Equality Act 2010, Sch 17 para 4(1) and (3); HESC Rules 2008, rule 12',
    calendar,
  )
  if (result.adjusted) {
    result.laterReading = {
      id: 'tribunal-next-working-day',
      date: calendar.nextWorkingDayOnOrAfter(result.unadjustedDate),
    }
  }
  return result
}

/**
 * Dates (YYYY-MM-DD, already valid) that cannot be in that order: a draft plan before the request,
 * an amendment notice before the review meeting. At most one per field, on the later event; an
 * empty list when the order is possible. Never throws.
 */
export function ehcOrderingErrors(input: EhcInput): EhcFieldError[] {
  const errors: EhcFieldError[] = []
  if (input.request && input.draftPlan && input.draftPlan < input.request) {
    errors.push({ field: 'draftPlan', code: 'before-request' })
  }
  if (input.reviewMeeting && input.amendmentNotice && input.amendmentNotice < input.reviewMeeting) {
    errors.push({ field: 'amendmentNotice', code: 'before-review-meeting' })
  }
  return errors
}

/**
 * Checks raw query or form values: each given date must be a real YYYY-MM-DD date within
 * calendar.coverage (2000 to 2100), in a possible order. Absent fields are fine; blank ones are
 * 'empty'. Never throws.
 */
export function validateEhcInput(
  raw: Record<string, string | undefined>,
  calendar: WorkingDayCalendar,
): { ok: true; value: EhcInput } | { ok: false; errors: EhcFieldError[] } {
  const read = readDateFields(EHC_INPUT_FIELDS, raw, calendar)
  const value: EhcInput = read.value
  const errors: EhcFieldError[] = read.errors
  if (errors.length === 0) errors.push(...ehcOrderingErrors(value))
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors }
}

/**
 * Every EHC clock the given dates allow, in date order (ties keep the statutory order). Input:
 * ISO dates already checked (validateEhcInput); throws EhcInputError for an impossible order.
 */
export function calculateEhcDeadlines(
  input: EhcInput,
  calendar: WorkingDayCalendar,
): EhcDeadline[] {
  const [firstError] = ehcOrderingErrors(input)
  if (firstError) throw new EhcInputError(firstError.field, firstError.code)
  const clocks: EhcDeadline[] = []
  if (input.request) clocks.push(...requestDeadlines(input.request))
  if (input.draftPlan) clocks.push(draftCommentsDeadline(input.draftPlan, calendar))
  if (input.reviewMeeting)
    clocks.push(...reviewDeadlines(input.reviewMeeting, input.amendmentNotice))
  if (input.amendmentNotice) {
    clocks.push(...amendmentDeadlines(input.amendmentNotice, calendar, input.reviewMeeting))
  }
  if (input.recommendation) clocks.push(recommendationDeadline(input.recommendation))
  if (input.ombudsmanNoticed) clocks.push(ombudsmanDeadline(input.ombudsmanNoticed, calendar))
  if (input.unlawfulAct) clocks.push(judicialReviewDeadline(input.unlawfulAct, calendar))
  if (input.discrimination) clocks.push(discriminationDeadline(input.discrimination, calendar))
  return clocks
    .map((clock, order) => ({ clock, order }))
    .sort((a, b) => a.clock.date.localeCompare(b.clock.date) || a.order - b.order)
    .map(({ clock }) => clock)
}
