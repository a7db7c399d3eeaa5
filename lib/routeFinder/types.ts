import type { DeadlineId } from '@/lib/deadlines'

export const SITUATIONS = [
  'refusal-to-assess',
  'refusal-to-issue',
  'plan-contents',
  'refusal-to-reassess',
  'refusal-to-amend',
  'cease-to-maintain',
  'plan-not-delivered',
  'council-missed-time-limit',
  'support-without-plan',
  'social-care-assessment',
  'health-service-refused',
  'disability-discrimination',
  'recommendation-not-followed',
] as const
export type Situation = (typeof SITUATIONS)[number]
/** "I'm not sure what it is about": accepted wherever a situation is, never answered "no appeal". */
export const NOT_SURE = 'not-sure'
export type About = Situation | typeof NOT_SURE

/** Situations that are about particular EHC plan sections, which must then be given. */
export const SITUATIONS_WITH_SECTIONS = ['plan-contents', 'plan-not-delivered'] as const
/** Social care complaints differ for under-18s and adults (Children Act 1989 s26 / Care Act). */
export const SITUATIONS_NEEDING_AGE = ['social-care-assessment'] as const
/** Whether the child has an EHC plan decides the health service answer (CFA s21(5), s42). */
export const SITUATIONS_WITH_PLAN = ['health-service-refused'] as const

/** yes: has an EHC plan; no: none and none asked for; assessing: assessment or draft under way. */
export const PLAN_STATUSES = ['yes', 'no', 'assessing'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]

/**
 * Whether the young person is over compulsory school age: from the last Friday in June of the
 * school year in which they turn 16 (usually the end of Year 11), CFA s83(2) with Education Act
 * 1996 s8; not from the 16th birthday.
 */
export const YEAR_11_STATUSES = ['finished', 'not-finished'] as const
export type Year11Status = (typeof YEAR_11_STATUSES)[number]

export const PLAN_SECTIONS = ['B', 'C', 'D', 'F', 'G', 'H1', 'H2', 'I'] as const
export type PlanSection = (typeof PLAN_SECTIONS)[number]
export const EDUCATION_SECTIONS: readonly PlanSection[] = ['B', 'F', 'I']
export const HEALTH_SECTIONS: readonly PlanSection[] = ['C', 'G']
export const SOCIAL_CARE_SECTIONS: readonly PlanSection[] = ['D', 'H1', 'H2']

export const ROUTE_IDS = [
  'local-resolution',
  'sendiass',
  'disagreement-resolution',
  'mediation',
  'tribunal-appeal',
  'extended-appeal',
  'school-complaint',
  'council-complaint',
  'nhs-complaint',
  'childrens-social-care-complaint',
  'adult-social-care-complaint',
  'ombudsman-lgsco',
  'ombudsman-phso',
  'judicial-review',
  'discrimination-claim',
  'request-assessment',
] as const
export type RouteId = (typeof ROUTE_IDS)[number]

/** Stable codes for extra explanations; the UI and the API localize them. Each says why. */
export const ROUTE_NOTES = [
  // the 2-month appeal clock keeps running during local resolution and disagreement resolution
  'appeal-time-limit-keeps-running',
  // LGSCO cannot investigate what the Tribunal can decide (facts s5)
  'lgsco-cannot-look-at-appealable',
  // ... but it can look at delay and non-delivery of a plan (facts s5)
  'lgsco-can-look-at-non-delivery',
  // CFA s55(3): no certificate for an appeal only about section I
  'section-i-only-no-certificate',
  // health or social care sections alongside section I: the appeal is no longer "only" section I
  'certificate-needed-beyond-section-i',
  // section I only, but asking for health/care recommendations too: get a certificate to be safe
  'section-i-with-health-or-care-needs-certificate',
  // SI 2017/1306: health and social care recommendations are not binding
  'recommendations-non-binding',
  // CFA s51(2)(b)-(f) with SI 2017/1306: every appeal except a refusal to assess
  'extended-appeal-available',
  'no-extended-appeal-for-refusal-to-assess',
  // the Tribunal can only look at health/care parts when an education issue (B, F, I) is appealed
  'extended-appeal-needs-education-issue',
  // CFA s45(4): kept while an appeal can be made and until it is decided
  'plan-continues-during-appeal',
  // CFA s42(2): the council must secure section F even when a school delivers it
  'la-responsible-for-section-f',
  // CFA s42(3): the ICB (responsible commissioning body, s42(4)) must arrange section G
  'icb-responsible-for-section-g',
  // CSDPA 1970 s2 (section H1, CoP 9.69): the council must provide the social care in the plan
  'la-responsible-for-section-h',
  'judicial-review-if-urgent',
  // CoP 11.8 kind 3: health/care only during assessment, drawing up, review or reassessment
  'disagreement-resolution-only-during-ehc-process',
  // CoP 11.8 kinds 1 and 3: the council's care duties at any time; health and care at a review
  'disagreement-resolution-for-health-and-care-in-plan',
  'request-assessment-refusal-appealable',
  // Equality Act 2010 Sch 17 para 4: 6 months, later only if just and equitable
  'discrimination-claim-within-6-months',
  'no-mediation-for-discrimination',
  // Equality Act s85(9) and Sch 17: schools (the council too, as a maintained school's
  // responsible body) to the Tribunal; other council services, colleges, nurseries to court
  'discrimination-tribunal-or-county-court',
  // the council or ICB must answer a Tribunal recommendation in writing within 5 weeks
  'response-due-within-5-weeks',
  // LGA 1974 s26(5); NHS complaints first (PHSO): the body must have had the chance to answer
  'complain-before-ombudsman',
  // no age given: both children's and adult social care complaint routes are listed
  'social-care-route-depends-on-age',
  // CFA s83(2): over compulsory school age, the young person holds the rights
  'young-person-holds-rights',
  // aged 15 or 16 and not said whether Year 11 is over: the rule, not a guess
  'rights-pass-at-end-of-year-11',
  // HESC r20: a council letter about an EHC assessment or plan may start a 2-month time limit
  'council-letter-may-start-2-months',
  // CFA s21(5), CoP 9.73-9.74: therapy that educates or trains is special educational provision
  'therapy-can-be-special-educational-provision',
  // with a plan: ask for therapy in section F; a refusal to amend or the new plan can be appealed
  'ask-for-therapy-in-section-f',
  // while assessing: check the draft (Regs 13: at least 15 days to comment); appeal the final plan
  'check-the-draft-plan-for-therapy',
  // not sure about a plan: with one, the therapy may be appealable
  'therapy-with-plan-may-be-appealable',
  // Regs 5(1), 10(1), 13(2): the time limits a council most often misses
  'council-time-limits',
  // missing a time limit is not appealable (facts s6), but the decision that follows usually is
  'appeal-when-council-decides',
  // LGA 1974 s26B: 12 months; CPR 54.5(1): promptly and within 3 months
  'missed-time-limit-complaint-deadlines',
] as const
export type RouteNote = (typeof ROUTE_NOTES)[number]

/** What the family can do at the Tribunal about this question. */
export const APPEAL_STATUSES = ['available', 'not-available', 'not-yet', 'unknown'] as const
export type AppealStatus = (typeof APPEAL_STATUSES)[number]

export interface RouteFinderInput {
  about: About
  sections?: PlanSection[]
  /** In whole years, 0 to 25. */
  age?: number
  plan?: PlanStatus
  year11?: Year11Status
}

export interface RouteFinderResult {
  /** In the order a family should try them. */
  routes: RouteId[]
  /**
   * available: an appeal or claim can be made now; not-available: none on this question;
   * not-yet: none yet, but the council's coming decision usually can be appealed; unknown: we
   * cannot tell from the answers (never shown as "no appeal").
   */
  appeal: AppealStatus
  /** true: a mediation certificate is needed to appeal; false: an appeal or claim without one;
   * null: no Tribunal appeal on this question now (see `appeal` for why). */
  certificateRequired: boolean | null
  deadlines: DeadlineId[]
  notes: RouteNote[]
}
