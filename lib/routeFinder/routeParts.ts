import type { DeadlineId } from '@/lib/deadlines'

import {
  EDUCATION_SECTIONS,
  HEALTH_SECTIONS,
  SOCIAL_CARE_SECTIONS,
  type PlanSection,
  type RouteFinderResult,
  type RouteId,
  type RouteNote,
} from './types'

// Order everywhere: talk first, then SENDIASS, then voluntary routes (disagreement resolution,
// mediation), then formal appeals, complaints and claims, then ombudsmen, then the courts.
export const START: readonly RouteId[] = ['local-resolution', 'sendiass']
export const APPEAL_DEADLINES: readonly DeadlineId[] = [
  'contactAdviser',
  'mediation',
  'certificate',
  'appeal',
]
const APPEAL_NOTES: RouteNote[] = [
  'appeal-time-limit-keeps-running',
  'lgsco-cannot-look-at-appealable',
]
// SI 2017/1306 reg 3 with CFA s51(2)(b)-(f): the Tribunal may recommend on health and social care
// in every SEN appeal except one against a refusal to assess (s51(2)(a)).
export const EXTENDED_NOTES: RouteNote[] = [
  'extended-appeal-available',
  'recommendations-non-binding',
]

export type Draft = Omit<RouteFinderResult, 'notes'> & { notes?: RouteNote[] }

/**
 * Whether any of the plan sections in dispute belongs to `group` (EDUCATION_SECTIONS B, F and I;
 * HEALTH_SECTIONS; SOCIAL_CARE_SECTIONS): that decides which routes apply.
 */
export const pick = (sections: PlanSection[], group: readonly PlanSection[]) =>
  sections.some((section) => group.includes(section))

/**
 * Complaints first, then the ombudsman each leads to (facts s5). Social care: the Children Act
 * 1989 s26 procedure under 18, the adult procedure from 18; both listed when the age is unknown.
 */
export function complaintRoutes(council: boolean, health: boolean, care: boolean, age?: number) {
  const routes: RouteId[] = []
  if (council) routes.push('council-complaint')
  if (health) routes.push('nhs-complaint')
  if (care && (age === undefined || age < 18)) routes.push('childrens-social-care-complaint')
  if (care && (age === undefined || age >= 18)) routes.push('adult-social-care-complaint')
  if (council || care) routes.push('ombudsman-lgsco')
  if (health) routes.push('ombudsman-phso')
  return routes
}

/**
 * A decision listed in CFA s51(2): mediation (s52-s55, Regs 32-42) and the SEND Tribunal,
 * certificate first (s55). `extended` adds the health and social care recommendations route
 * (SI 2017/1306), which the caller must leave off for a refusal to assess.
 */
export function appealable(notes: RouteNote[], extended: boolean): Draft {
  return {
    routes: [
      ...START,
      'disagreement-resolution',
      'mediation',
      'tribunal-appeal',
      ...(extended ? (['extended-appeal'] as const) : []),
    ],
    appeal: 'available',
    certificateRequired: true,
    deadlines: [...APPEAL_DEADLINES],
    notes: [...APPEAL_NOTES, ...notes, ...(extended ? EXTENDED_NOTES : [])],
  }
}

/**
 * The contents of a plan (CFA s51(2)(c)): only B, F and I can be appealed. With no education
 * section, no appeal, but mediation (CoP 11.31) and complaints; section I only needs no
 * certificate (CFA s55(3)); any education section adds the health and social care
 * recommendations route (SI 2017/1306). `age` in years decides the social care complaint route.
 */
export function planContents(sections: PlanSection[], age?: number): Draft {
  const health = pick(sections, HEALTH_SECTIONS)
  const care = pick(sections, SOCIAL_CARE_SECTIONS)
  if (!pick(sections, EDUCATION_SECTIONS)) {
    // No education issue, so no appeal (SI 2017/1306); mediation still covers these (CoP 11.31).
    return {
      routes: [
        ...START,
        'disagreement-resolution',
        'mediation',
        ...complaintRoutes(false, health, care, age),
      ],
      appeal: 'not-available',
      certificateRequired: null,
      deadlines: ['mediation'],
      notes: ['extended-appeal-needs-education-issue'],
    }
  }
  if (sections.every((section) => section === 'I')) {
    // CFA s55(3): mediation stays available, but the adviser step and certificate are not needed;
    // asking for health or care recommendations too makes it more than "only" section I.
    const draft = appealable(
      ['section-i-only-no-certificate', 'section-i-with-health-or-care-needs-certificate'],
      true,
    )
    return {
      ...draft,
      certificateRequired: false,
      deadlines: ['mediation', 'certificate', 'appeal'],
    }
  }
  const notes: RouteNote[] = []
  // Section I plus health/care: not "only" section I, so the safer course is to get a certificate.
  if (sections.filter((s) => EDUCATION_SECTIONS.includes(s)).every((s) => s === 'I')) {
    notes.push('certificate-needed-beyond-section-i')
  }
  return appealable(notes, true)
}

/**
 * Not appealable: the council must secure section F (CFA s42(2)), the ICB must arrange section G
 * (s42(3)), the council provides section H1 social care (CSDPA 1970 s2; CoP 9.69). Disagreement
 * resolution covers the council's duties at any time (CoP 11.8 kind 1) and health or social care
 * at a review (kind 3), so it is offered for every section.
 */
export function planNotDelivered(sections: PlanSection[], age?: number): Draft {
  const education = pick(sections, EDUCATION_SECTIONS)
  const health = pick(sections, HEALTH_SECTIONS)
  const care = pick(sections, SOCIAL_CARE_SECTIONS)
  const routes: RouteId[] = [
    ...START,
    'disagreement-resolution',
    ...complaintRoutes(education, health, care, age),
    'judicial-review',
  ]
  const notes: RouteNote[] = []
  if (education) notes.push('la-responsible-for-section-f')
  if (health) notes.push('icb-responsible-for-section-g')
  if (care) notes.push('la-responsible-for-section-h')
  if (health || care) notes.push('disagreement-resolution-for-health-and-care-in-plan')
  if (education || care) notes.push('lgsco-can-look-at-non-delivery')
  notes.push('complain-before-ombudsman', 'judicial-review-if-urgent')
  return { routes, appeal: 'not-available', certificateRequired: null, deadlines: [], notes }
}
