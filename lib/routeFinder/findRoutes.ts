import {
  appealable,
  complaintRoutes,
  planContents,
  planNotDelivered,
  START,
  type Draft,
} from './routeParts'
import {
  SITUATIONS_NEEDING_AGE,
  SITUATIONS_WITH_SECTIONS,
  type RouteFinderInput,
  type RouteFinderResult,
} from './types'

function routesFor({ about, sections = [], age }: RouteFinderInput): Draft {
  const none = { certificateRequired: null, deadlines: [] }
  switch (about) {
    case 'refusal-to-assess':
      return appealable(['no-extended-appeal-for-refusal-to-assess'])
    case 'refusal-to-issue':
    case 'refusal-to-reassess':
    case 'refusal-to-amend':
      return appealable(['extended-appeal-available'])
    case 'cease-to-maintain':
      return appealable(['plan-continues-during-appeal', 'extended-appeal-available'])
    case 'plan-contents':
      return planContents(sections, age)
    case 'plan-not-delivered':
      return planNotDelivered(sections, age)
    case 'support-without-plan':
      // DR kind 2 covers provision made by a school with or without a plan (CoP 11.8)
      return {
        ...none,
        routes: [...START, 'disagreement-resolution', 'school-complaint', 'request-assessment'],
        notes: ['request-assessment-refusal-appealable'],
      }
    case 'social-care-assessment':
      return { ...none, routes: [...START, ...complaintRoutes(false, false, true, age)] }
    case 'health-service-refused':
      return {
        ...none,
        routes: [...START, 'disagreement-resolution', 'nhs-complaint', 'ombudsman-phso'],
        notes: ['disagreement-resolution-only-during-ehc-process'],
      }
    case 'disability-discrimination':
      // SEND4A/4B: no mediation and no certificate (facts s2, s3)
      return {
        routes: [...START, 'school-complaint', 'discrimination-claim'],
        certificateRequired: false,
        deadlines: [],
        notes: [
          'discrimination-claim-within-6-months',
          'no-mediation-for-discrimination',
          'discrimination-county-court-for-councils-and-colleges',
        ],
      }
    case 'recommendation-not-followed':
      // SI 2017/1306: straight to the ombudsman (LGSCO social care, PHSO health) or JR (facts s4)
      return {
        ...none,
        routes: [...START, 'ombudsman-lgsco', 'ombudsman-phso', 'judicial-review'],
        notes: ['response-due-within-5-weeks', 'recommendations-non-binding'],
      }
  }
}

export function findRoutes(input: RouteFinderInput): RouteFinderResult {
  const { about, sections = [], age } = input
  const takesSections = (SITUATIONS_WITH_SECTIONS as readonly string[]).includes(about)
  if (takesSections && sections.length === 0) throw new TypeError(`${about} needs plan sections`)
  if ((SITUATIONS_NEEDING_AGE as readonly string[]).includes(about) && age === undefined) {
    throw new TypeError(`${about} needs an age`)
  }
  const result = routesFor({ about, sections: takesSections ? sections : [], age })
  const notes = [...(result.notes ?? [])]
  if (age === undefined && result.routes.includes('adult-social-care-complaint')) {
    notes.push('social-care-route-depends-on-age')
  }
  // Rights pass to the young person at the end of compulsory school age (CoP: 16 to 25).
  if (age !== undefined && age >= 16) notes.push('young-person-holds-rights')
  return { ...result, routes: [...result.routes], deadlines: [...result.deadlines], notes }
}
