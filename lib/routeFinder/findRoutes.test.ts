import { describe, expect, it } from 'vitest'

import { findRoutes } from './findRoutes'
import type { PlanSection, RouteFinderInput, RouteId, Situation } from './types'

const START: RouteId[] = ['local-resolution', 'sendiass']
const DR: RouteId = 'disagreement-resolution'
const APPEAL: RouteId[] = [...START, DR, 'mediation', 'tribunal-appeal']
const EXTENDED: RouteId[] = [...APPEAL, 'extended-appeal']
const CHILD: RouteId = 'childrens-social-care-complaint'
const ADULT: RouteId = 'adult-social-care-complaint'
const [NHS, COUNCIL, SCHOOL]: RouteId[] = ['nhs-complaint', 'council-complaint', 'school-complaint']
const [LGSCO, PHSO, JR]: RouteId[] = ['ombudsman-lgsco', 'ombudsman-phso', 'judicial-review']

const q = (about: Situation, sections?: PlanSection[], age?: number): RouteFinderInput => ({
  about,
  ...(sections && { sections }),
  ...(age !== undefined && { age }),
})

// [input, routes in order, certificateRequired]: expected from the facts, sections 2 to 5
const cases: [RouteFinderInput, RouteId[], boolean | null][] = [
  [q('refusal-to-assess'), APPEAL, true],
  [q('refusal-to-issue'), APPEAL, true],
  [q('refusal-to-reassess'), APPEAL, true],
  [q('refusal-to-amend'), APPEAL, true],
  [q('cease-to-maintain'), APPEAL, true],
  [q('plan-contents', ['B', 'F']), APPEAL, true],
  [q('plan-contents', ['I']), APPEAL, false], // CFA s55(3)
  [q('plan-contents', ['F', 'I']), APPEAL, true],
  [q('plan-contents', ['F', 'G']), EXTENDED, true],
  [q('plan-contents', ['B', 'D', 'H1']), EXTENDED, true],
  [q('plan-contents', ['I', 'C']), EXTENDED, true], // not "only" section I any more
  [q('plan-contents', ['G'], 10), [...START, DR, 'mediation', NHS, PHSO], null],
  [q('plan-contents', ['C', 'H2'], 19), [...START, DR, 'mediation', NHS, ADULT, LGSCO, PHSO], null],
  [q('plan-contents', ['D']), [...START, DR, 'mediation', CHILD, ADULT, LGSCO], null],
  [q('plan-not-delivered', ['F']), [...START, DR, COUNCIL, LGSCO, JR], null],
  [q('plan-not-delivered', ['G']), [...START, NHS, PHSO, JR], null],
  [q('plan-not-delivered', ['H1'], 12), [...START, CHILD, LGSCO, JR], null],
  [
    q('plan-not-delivered', ['F', 'G', 'H2'], 20),
    [...START, DR, COUNCIL, NHS, ADULT, LGSCO, PHSO, JR],
    null,
  ],
  [q('support-without-plan'), [...START, DR, SCHOOL, 'request-assessment'], null],
  [q('social-care-assessment', undefined, 17), [...START, CHILD, LGSCO], null],
  [q('social-care-assessment', undefined, 18), [...START, ADULT, LGSCO], null],
  [q('health-service-refused'), [...START, DR, NHS, PHSO], null],
  [q('disability-discrimination'), [...START, SCHOOL, 'discrimination-claim'], false],
  [q('recommendation-not-followed'), [...START, LGSCO, PHSO, JR], null],
]

describe('findRoutes: routes and certificate', () => {
  it.each(cases)('%j', (input, routes, certificateRequired) => {
    const result = findRoutes(input)
    expect(result.routes).toEqual(routes)
    expect(result.certificateRequired).toBe(certificateRequired)
  })
})

describe('findRoutes: notes and deadlines', () => {
  it.each([
    [{ about: 'cease-to-maintain' }, 'plan-continues-during-appeal'],
    [{ about: 'refusal-to-issue', age: 16 }, 'young-person-holds-rights'],
    [{ about: 'plan-contents', sections: ['I'] }, 'section-i-only-no-certificate'],
    [{ about: 'plan-contents', sections: ['I', 'G'] }, 'certificate-needed-beyond-section-i'],
    [{ about: 'plan-contents', sections: ['F', 'H1'] }, 'recommendations-non-binding'],
    [{ about: 'plan-contents', sections: ['G'] }, 'extended-appeal-needs-education-issue'],
    [{ about: 'refusal-to-assess' }, 'lgsco-cannot-look-at-appealable'],
    [{ about: 'refusal-to-assess' }, 'no-extended-appeal-for-refusal-to-assess'],
    [{ about: 'plan-not-delivered', sections: ['F'] }, 'la-responsible-for-section-f'],
    [{ about: 'plan-not-delivered', sections: ['F'] }, 'lgsco-can-look-at-non-delivery'],
    [{ about: 'plan-not-delivered', sections: ['D'] }, 'social-care-route-depends-on-age'],
    [{ about: 'disability-discrimination' }, 'no-mediation-for-discrimination'],
    [{ about: 'recommendation-not-followed' }, 'response-due-within-5-weeks'],
  ] as [RouteFinderInput, string][])('%j has note %s', (input, note) => {
    expect(findRoutes(input).notes).toContain(note)
  })

  it('adds the young person note from 16 only', () => {
    expect(findRoutes({ about: 'refusal-to-issue', age: 15 }).notes).not.toContain(
      'young-person-holds-rights',
    )
  })

  it.each([
    [{ about: 'refusal-to-amend' }, ['contactAdviser', 'mediation', 'certificate', 'appeal']],
    [{ about: 'plan-contents', sections: ['I'] }, ['mediation', 'certificate', 'appeal']],
    [{ about: 'plan-contents', sections: ['C'] }, ['mediation']],
    [{ about: 'plan-not-delivered', sections: ['F'] }, []],
    [{ about: 'disability-discrimination' }, []],
  ] as [RouteFinderInput, string[]][])('%j needs deadlines %j', (input, deadlines) => {
    expect(findRoutes(input).deadlines).toEqual(deadlines)
  })

  it('never offers an extended appeal on a refusal to assess', () => {
    expect(findRoutes({ about: 'refusal-to-assess', age: 20 }).routes).not.toContain(
      'extended-appeal',
    )
  })

  it('refuses input the parser would reject', () => {
    expect(() => findRoutes({ about: 'plan-contents' })).toThrow(TypeError)
    expect(() => findRoutes({ about: 'social-care-assessment' })).toThrow(TypeError)
  })

  it('returns fresh arrays each time', () => {
    findRoutes({ about: 'refusal-to-issue' }).routes.push('judicial-review')
    expect(findRoutes({ about: 'refusal-to-issue' }).routes).toEqual(APPEAL)
  })
})
