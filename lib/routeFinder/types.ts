import type { DeadlineId } from '@/lib/deadlines'

export const SITUATIONS = [
  'refusal-to-assess',
  'refusal-to-issue',
  'plan-contents',
  'refusal-to-reassess',
  'refusal-to-amend',
  'cease-to-maintain',
  'plan-not-delivered',
  'support-without-plan',
  'social-care-assessment',
  'health-service-refused',
  'disability-discrimination',
  'recommendation-not-followed',
] as const
export type Situation = (typeof SITUATIONS)[number]

/** Situations that are about particular EHC plan sections, which must then be given. */
export const SITUATIONS_WITH_SECTIONS = ['plan-contents', 'plan-not-delivered'] as const
/** Social care complaints differ for under-18s and adults (Children Act 1989 s26 / Care Act). */
export const SITUATIONS_NEEDING_AGE = ['social-care-assessment'] as const

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

/** Stable codes for extra explanations; the UI localizes them. Each says why it is shown. */
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
  // SI 2017/1306: health and social care recommendations are not binding
  'recommendations-non-binding',
  // extended appeals cover every appeal type except refusal to assess
  'extended-appeal-available',
  'no-extended-appeal-for-refusal-to-assess',
  // the Tribunal can only look at health/care parts when an education issue (B, F, I) is appealed
  'extended-appeal-needs-education-issue',
  'plan-continues-during-appeal',
  // CFA s42: the council must secure section F even when a school delivers it
  'la-responsible-for-section-f',
  'judicial-review-if-urgent',
  // DR kind 3 covers health/care only during assessment, drawing up, review or reassessment
  'disagreement-resolution-only-during-ehc-process',
  'request-assessment-refusal-appealable',
  'discrimination-claim-within-6-months',
  'no-mediation-for-discrimination',
  // claims against councils, colleges and private nurseries go to the county court
  'discrimination-county-court-for-councils-and-colleges',
  // the council or ICB must answer a Tribunal recommendation in writing within 5 weeks
  'response-due-within-5-weeks',
  // no age given: both children's and adult social care complaint routes are listed
  'social-care-route-depends-on-age',
  'young-person-holds-rights',
] as const
export type RouteNote = (typeof ROUTE_NOTES)[number]

export interface RouteFinderInput {
  about: Situation
  sections?: PlanSection[]
  age?: number
}

export interface RouteFinderResult {
  /** In the order a family should try them. */
  routes: RouteId[]
  /** true: a mediation certificate is needed to appeal; false: an appeal or claim without one;
   * null: no Tribunal appeal on this question. */
  certificateRequired: boolean | null
  deadlines: DeadlineId[]
  notes: RouteNote[]
}
