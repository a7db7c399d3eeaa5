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
const APPEAL_DEADLINES: DeadlineId[] = ['contactAdviser', 'mediation', 'certificate', 'appeal']
const APPEAL_NOTES: RouteNote[] = [
  'appeal-time-limit-keeps-running',
  'lgsco-cannot-look-at-appealable',
]

export type Draft = Omit<RouteFinderResult, 'notes'> & { notes?: RouteNote[] }

const pick = (sections: PlanSection[], group: readonly PlanSection[]) =>
  sections.some((section) => group.includes(section))

// Complaints first, then the ombudsman each leads to (facts s5). Social care: Children Act 1989
// s26 procedure under 18, the adult procedure from 18; both listed when the age is unknown.
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

// Decisions listed in CFA s51: mediation (Regs 32-42) and the SEND Tribunal, certificate first.
export function appealable(notes: RouteNote[]): Draft {
  return {
    routes: [...START, 'disagreement-resolution', 'mediation', 'tribunal-appeal'],
    certificateRequired: true,
    deadlines: APPEAL_DEADLINES,
    notes: [...APPEAL_NOTES, ...notes],
  }
}

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
      certificateRequired: null,
      deadlines: ['mediation'],
      notes: ['extended-appeal-needs-education-issue'],
    }
  }
  const withHealthOrCare = health || care
  if (sections.every((section) => section === 'I')) {
    // CFA s55(3): mediation stays available, but the adviser step and certificate are not needed.
    return {
      ...appealable(['section-i-only-no-certificate']),
      certificateRequired: false,
      deadlines: ['mediation', 'certificate', 'appeal'],
    }
  }
  const notes: RouteNote[] = []
  // Section I plus health/care: not "only" section I, so the safer course is to get a certificate.
  if (sections.filter((s) => EDUCATION_SECTIONS.includes(s)).every((s) => s === 'I')) {
    notes.push('certificate-needed-beyond-section-i')
  }
  if (withHealthOrCare) notes.push('recommendations-non-binding')
  const result = appealable(notes)
  if (withHealthOrCare) result.routes.push('extended-appeal')
  return result
}

// Not appealable: the council owes section F (CFA s42), the ICB section G, social care H1/H2.
export function planNotDelivered(sections: PlanSection[], age?: number): Draft {
  const education = pick(sections, EDUCATION_SECTIONS)
  const health = pick(sections, HEALTH_SECTIONS)
  const care = pick(sections, SOCIAL_CARE_SECTIONS)
  // DR kinds 1 and 2 cover education provision; kind 3 (health/care) only runs during the EHC
  // process, not for delivering a finished plan.
  const routes: RouteId[] = [
    ...START,
    ...(education ? (['disagreement-resolution'] as const) : []),
    ...complaintRoutes(education, health, care, age),
    'judicial-review',
  ]
  const notes: RouteNote[] = education ? ['la-responsible-for-section-f'] : []
  if (education || care) notes.push('lgsco-can-look-at-non-delivery')
  notes.push('judicial-review-if-urgent')
  return { routes, certificateRequired: null, deadlines: [], notes }
}
