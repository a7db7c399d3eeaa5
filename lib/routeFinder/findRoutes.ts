import { councilMissedTimeLimit, healthServiceRefused, notSure } from './healthAndDelay'
import {
  appealable,
  complaintRoutes,
  planContents,
  planNotDelivered,
  START,
  type Draft,
} from './routeParts'
import {
  NOT_SURE,
  SITUATIONS_NEEDING_AGE,
  SITUATIONS_WITH_PLAN,
  SITUATIONS_WITH_SECTIONS,
  type RouteFinderInput,
  type RouteFinderResult,
  type RouteNote,
} from './types'

const none: Pick<Draft, 'appeal' | 'certificateRequired' | 'deadlines'> = {
  appeal: 'not-available',
  certificateRequired: null,
  deadlines: [],
}

function routesFor({ about, sections = [], age, plan }: RouteFinderInput): Draft {
  switch (about) {
    case NOT_SURE:
      return notSure()
    case 'refusal-to-assess':
      // CFA s51(2)(a): no health and social care recommendations (SI 2017/1306)
      return appealable(['no-extended-appeal-for-refusal-to-assess'], false)
    case 'refusal-to-issue':
    case 'refusal-to-reassess':
    case 'refusal-to-amend':
      return appealable([], true)
    case 'cease-to-maintain':
      return appealable(['plan-continues-during-appeal'], true)
    case 'plan-contents':
      return planContents(sections, age)
    case 'plan-not-delivered':
      return planNotDelivered(sections, age)
    case 'council-missed-time-limit':
      return councilMissedTimeLimit()
    case 'support-without-plan':
      // DR kind 2 covers provision made by a school with or without a plan (CoP 11.8); a refusal
      // to assess can then be appealed, so there is no appeal "yet", not none.
      return {
        ...none,
        appeal: 'not-yet',
        routes: [...START, 'disagreement-resolution', 'school-complaint', 'request-assessment'],
        notes: ['request-assessment-refusal-appealable'],
      }
    case 'social-care-assessment':
      return { ...none, routes: [...START, ...complaintRoutes(false, false, true, age)] }
    case 'health-service-refused':
      return healthServiceRefused(plan)
    case 'disability-discrimination':
      // SEND4A/4B: no mediation and no certificate (facts s2, s3)
      return {
        routes: [...START, 'school-complaint', 'discrimination-claim'],
        appeal: 'available',
        certificateRequired: false,
        deadlines: [],
        notes: [
          'discrimination-claim-within-6-months',
          'no-mediation-for-discrimination',
          'discrimination-tribunal-or-county-court',
        ],
      }
    case 'recommendation-not-followed':
      // SI 2017/1306: a complaint to the council (social care) or the NHS body first, then the
      // ombudsman (LGA 1974 s26(5)), or judicial review (facts s4, s5).
      return {
        ...none,
        routes: [...START, ...complaintRoutes(false, true, true, age), 'judicial-review'],
        notes: [
          'response-due-within-5-weeks',
          'complain-before-ombudsman',
          'recommendations-non-binding',
        ],
      }
  }
}

/**
 * Who holds the rights (CFA s83(2)): the young person once over compulsory school age, the last
 * Friday in June of the school year in which they turn 16 (Education Act 1996 s8). Everyone aged
 * 17 or over is past it and nobody aged 14 or under is; at 15 or 16 only `year11` can tell.
 */
function rightsNote({ age, year11 }: RouteFinderInput): RouteNote | undefined {
  if (year11 === 'finished') return 'young-person-holds-rights'
  if (year11 === 'not-finished' || age === undefined || age <= 14) return undefined
  return age >= 17 ? 'young-person-holds-rights' : 'rights-pass-at-end-of-year-11'
}

/**
 * The routes for a disagreement, in the order to try them, with the certificate answer, the
 * deadlines that apply (ids of lib/deadlines) and explanatory notes (stable codes).
 * Throws TypeError for input `parseRouteFinderQuery` would reject (missing sections or age).
 */
export function findRoutes(input: RouteFinderInput): RouteFinderResult {
  const { about, sections = [], age } = input
  const takesSections = (SITUATIONS_WITH_SECTIONS as readonly string[]).includes(about)
  if (takesSections && sections.length === 0) throw new TypeError(`${about} needs plan sections`)
  if ((SITUATIONS_NEEDING_AGE as readonly string[]).includes(about) && age === undefined) {
    throw new TypeError(`${about} needs an age`)
  }
  const takesPlan = (SITUATIONS_WITH_PLAN as readonly string[]).includes(about)
  const result = routesFor({
    ...input,
    sections: takesSections ? sections : [],
    plan: takesPlan ? input.plan : undefined,
  })
  const notes = [...(result.notes ?? [])]
  if (age === undefined && result.routes.includes('adult-social-care-complaint')) {
    notes.push('social-care-route-depends-on-age')
  }
  const rights = rightsNote(input)
  if (rights) notes.push(rights)
  return { ...result, routes: [...result.routes], deadlines: [...result.deadlines], notes }
}
