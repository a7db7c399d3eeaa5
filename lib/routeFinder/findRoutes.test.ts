import { describe, expect, it } from 'vitest'

import { findRoutes } from './findRoutes'
import type { AppealStatus, PlanSection, RouteFinderInput, RouteId, RouteNote } from './types'

const START: RouteId[] = ['local-resolution', 'sendiass']
const DR: RouteId = 'disagreement-resolution'
const APPEAL: RouteId[] = [...START, DR, 'mediation', 'tribunal-appeal']
const EXTENDED: RouteId[] = [...APPEAL, 'extended-appeal']
const CHILD: RouteId = 'childrens-social-care-complaint'
const ADULT: RouteId = 'adult-social-care-complaint'
const [NHS, COUNCIL, SCHOOL]: RouteId[] = ['nhs-complaint', 'council-complaint', 'school-complaint']
const [LGSCO, PHSO, JR]: RouteId[] = ['ombudsman-lgsco', 'ombudsman-phso', 'judicial-review']

const q = (
  about: RouteFinderInput['about'],
  sections?: PlanSection[],
  age?: number,
  extra: Partial<RouteFinderInput> = {},
): RouteFinderInput => ({
  about,
  ...(sections && { sections }),
  ...(age !== undefined && { age }),
  ...extra,
})

// [input, routes in order, appeal, certificateRequired, legal source]: from the facts, s1 to s6
const cases: [RouteFinderInput, RouteId[], AppealStatus, boolean | null, string][] = [
  [q('refusal-to-assess'), APPEAL, 'available', true, 'CFA s51(2)(a); no SI 2017/1306 powers'],
  [q('refusal-to-issue'), EXTENDED, 'available', true, 'CFA s51(2)(b); SI 2017/1306'],
  [q('refusal-to-reassess'), EXTENDED, 'available', true, 'CFA s51(2)(d); SI 2017/1306'],
  [q('refusal-to-amend'), EXTENDED, 'available', true, 'CFA s51(2)(e); SI 2017/1306'],
  [q('cease-to-maintain'), EXTENDED, 'available', true, 'CFA s51(2)(f); SI 2017/1306'],
  [q('plan-contents', ['B', 'F']), EXTENDED, 'available', true, 'CFA s51(2)(c); SI 2017/1306'],
  [q('plan-contents', ['I']), EXTENDED, 'available', false, 'CFA s55(3); SI 2017/1306'],
  [q('plan-contents', ['F', 'I']), EXTENDED, 'available', true, 'CFA s55(1)'],
  [q('plan-contents', ['F', 'G']), EXTENDED, 'available', true, 'SI 2017/1306'],
  [q('plan-contents', ['B', 'D', 'H1']), EXTENDED, 'available', true, 'SI 2017/1306'],
  [q('plan-contents', ['I', 'C']), EXTENDED, 'available', true, 'not "only" section I, s55(3)'],
  [
    q('plan-contents', ['G'], 10),
    [...START, DR, 'mediation', NHS, PHSO],
    'not-available',
    null,
    'SI 2017/1306: needs an education issue; CoP 11.31',
  ],
  [
    q('plan-contents', ['C', 'H2'], 19),
    [...START, DR, 'mediation', NHS, ADULT, LGSCO, PHSO],
    'not-available',
    null,
    'SI 2017/1306; Care Act complaints from 18',
  ],
  [
    q('plan-contents', ['D']),
    [...START, DR, 'mediation', CHILD, ADULT, LGSCO],
    'not-available',
    null,
    'Children Act 1989 s26 or adult procedure',
  ],
  [
    q('plan-not-delivered', ['F']),
    [...START, DR, COUNCIL, LGSCO, JR],
    'not-available',
    null,
    'CFA s42(2); CoP 11.8 kind 1',
  ],
  [
    q('plan-not-delivered', ['G']),
    [...START, DR, NHS, PHSO, JR],
    'not-available',
    null,
    'CFA s42(3); CoP 11.8 kind 3 at review',
  ],
  [
    q('plan-not-delivered', ['H1'], 12),
    [...START, DR, CHILD, LGSCO, JR],
    'not-available',
    null,
    'CSDPA 1970 s2; CoP 11.8 kind 1',
  ],
  [
    q('plan-not-delivered', ['F', 'G', 'H2'], 20),
    [...START, DR, COUNCIL, NHS, ADULT, LGSCO, PHSO, JR],
    'not-available',
    null,
    'CFA s42(2), (3); CoP 11.8 kinds 1 and 3',
  ],
  [
    q('council-missed-time-limit'),
    [...START, DR, COUNCIL, LGSCO, JR],
    'not-yet',
    null,
    'Regs 5(1), 13(2); LGA 1974 s26B; CPR 54.5',
  ],
  [
    q('support-without-plan'),
    [...START, DR, SCHOOL, 'request-assessment'],
    'not-yet',
    null,
    'CoP 11.8 kind 2; CFA s51(2)(a) once refused',
  ],
  [
    q('social-care-assessment', undefined, 17),
    [...START, CHILD, LGSCO],
    'not-available',
    null,
    'Children Act 1989 s26',
  ],
  [
    q('social-care-assessment', undefined, 18),
    [...START, ADULT, LGSCO],
    'not-available',
    null,
    'adult social care complaints',
  ],
  [
    q('health-service-refused', undefined, undefined, { plan: 'yes' }),
    [...EXTENDED, NHS, PHSO],
    'available',
    true,
    'CFA s21(5), s42(2), s51(2)(c),(e), s54',
  ],
  [
    q('health-service-refused', undefined, undefined, { plan: 'assessing' }),
    [...START, DR, NHS, PHSO],
    'not-yet',
    null,
    'CFA s21(5); CoP 11.8 kind 3; Regs 13',
  ],
  [
    q('health-service-refused', undefined, undefined, { plan: 'no' }),
    [...START, NHS, PHSO, 'request-assessment'],
    'not-yet',
    null,
    'CFA s21(5), s36, s51(2)(a)',
  ],
  [
    q('health-service-refused'),
    [...START, DR, NHS, PHSO],
    'unknown',
    null,
    'plan not known: never "no appeal"',
  ],
  [
    q('disability-discrimination'),
    [...START, SCHOOL, 'discrimination-claim'],
    'available',
    false,
    'Equality Act 2010 s85, Sch 17',
  ],
  [
    q('recommendation-not-followed', undefined, 12),
    [...START, NHS, CHILD, LGSCO, PHSO, JR],
    'not-available',
    null,
    'SI 2017/1306; LGA 1974 s26(5)',
  ],
  [
    q('recommendation-not-followed'),
    [...START, NHS, CHILD, ADULT, LGSCO, PHSO, JR],
    'not-available',
    null,
    'complaint first, then ombudsman',
  ],
  [q('not-sure'), START, 'unknown', null, 'HESC r20: may have 2 months; never "no appeal"'],
]

describe('findRoutes: routes, appeal and certificate', () => {
  it.each(cases)('%j', (input, routes, appeal, certificateRequired) => {
    const result = findRoutes(input)
    expect(result.routes).toEqual(routes)
    expect(result.appeal).toBe(appeal)
    expect(result.certificateRequired).toBe(certificateRequired)
  })

  it.each(cases)('%j never answers "no appeal" with the appeal route listed', (input) => {
    const result = findRoutes(input)
    if (result.appeal !== 'available') expect(result.routes).not.toContain('tribunal-appeal')
  })
})

// [input, note it must carry, legal source]
const noteCases: [RouteFinderInput, RouteNote, string][] = [
  [q('cease-to-maintain'), 'plan-continues-during-appeal', 'CFA s45(4)'],
  [q('plan-contents', ['I']), 'section-i-only-no-certificate', 'CFA s55(3)'],
  [q('plan-contents', ['I']), 'section-i-with-health-or-care-needs-certificate', 'CFA s55(3)'],
  [q('plan-contents', ['I', 'G']), 'certificate-needed-beyond-section-i', 'CFA s55(3)'],
  [q('plan-contents', ['F', 'H1']), 'recommendations-non-binding', 'SI 2017/1306'],
  [q('plan-contents', ['G']), 'extended-appeal-needs-education-issue', 'SI 2017/1306'],
  [q('refusal-to-assess'), 'lgsco-cannot-look-at-appealable', 'LGA 1974 s26(6)'],
  [q('refusal-to-assess'), 'no-extended-appeal-for-refusal-to-assess', 'SI 2017/1306'],
  [q('refusal-to-issue'), 'extended-appeal-available', 'CFA s51(2)(b); SI 2017/1306'],
  [q('refusal-to-reassess'), 'extended-appeal-available', 'CFA s51(2)(d); SI 2017/1306'],
  [q('refusal-to-amend'), 'extended-appeal-available', 'CFA s51(2)(e); SI 2017/1306'],
  [q('cease-to-maintain'), 'extended-appeal-available', 'CFA s51(2)(f); SI 2017/1306'],
  [q('plan-contents', ['B']), 'extended-appeal-available', 'CFA s51(2)(c); SI 2017/1306'],
  [q('plan-not-delivered', ['F']), 'la-responsible-for-section-f', 'CFA s42(2)'],
  [q('plan-not-delivered', ['F']), 'lgsco-can-look-at-non-delivery', 'LGA 1974 s26'],
  [q('plan-not-delivered', ['G']), 'icb-responsible-for-section-g', 'CFA s42(3)'],
  [q('plan-not-delivered', ['H1']), 'la-responsible-for-section-h', 'CSDPA 1970 s2'],
  [
    q('plan-not-delivered', ['G']),
    'disagreement-resolution-for-health-and-care-in-plan',
    'CoP 11.8 kind 3',
  ],
  [
    q('plan-not-delivered', ['H2']),
    'disagreement-resolution-for-health-and-care-in-plan',
    'CoP 11.8 kind 1',
  ],
  [q('plan-not-delivered', ['D']), 'social-care-route-depends-on-age', 'Children Act 1989 s26'],
  [q('disability-discrimination'), 'no-mediation-for-discrimination', 'CFA s55 (SEN only)'],
  [
    q('disability-discrimination'),
    'discrimination-tribunal-or-county-court',
    'Equality Act 2010 s85(9), Sch 17',
  ],
  [q('recommendation-not-followed'), 'response-due-within-5-weeks', 'SI 2017/1306'],
  [q('recommendation-not-followed'), 'complain-before-ombudsman', 'LGA 1974 s26(5)'],
  [q('council-missed-time-limit'), 'council-time-limits', 'Regs 5(1), 10(1), 13(2)'],
  [q('council-missed-time-limit'), 'appeal-when-council-decides', 'CFA s51(2)'],
  [
    q('council-missed-time-limit'),
    'missed-time-limit-complaint-deadlines',
    'LGA 1974 s26B; CPR 54.5(1)',
  ],
  [q('council-missed-time-limit'), 'complain-before-ombudsman', 'LGA 1974 s26(5)'],
  [
    q('health-service-refused', undefined, undefined, { plan: 'yes' }),
    'therapy-can-be-special-educational-provision',
    'CFA s21(5); CoP 9.73-9.74',
  ],
  [
    q('health-service-refused', undefined, undefined, { plan: 'yes' }),
    'la-responsible-for-section-f',
    'CFA s42(2)',
  ],
  [
    q('health-service-refused', undefined, undefined, { plan: 'yes' }),
    'ask-for-therapy-in-section-f',
    'CFA s51(2)(c), (e)',
  ],
  [
    q('health-service-refused', undefined, undefined, { plan: 'assessing' }),
    'check-the-draft-plan-for-therapy',
    'Regs 13(1)',
  ],
  [
    q('health-service-refused', undefined, undefined, { plan: 'no' }),
    'request-assessment-refusal-appealable',
    'CFA s51(2)(a)',
  ],
  [q('health-service-refused'), 'therapy-with-plan-may-be-appealable', 'CFA s21(5)'],
  [q('not-sure'), 'council-letter-may-start-2-months', 'HESC r20'],
  [q('not-sure'), 'appeal-time-limit-keeps-running', 'HESC r20; CoP 11.8'],
]

describe('findRoutes: notes', () => {
  it.each(noteCases)('%j has note %s (%s)', (input, note) => {
    expect(findRoutes(input).notes).toContain(note)
  })

  it.each([
    [q('refusal-to-assess'), 'extended-appeal-available', 'CFA s51(2)(a) is outside SI 2017/1306'],
    [q('plan-not-delivered', ['F']), 'disagreement-resolution-only-during-ehc-process', 'kind 1'],
    [q('plan-not-delivered', ['G']), 'la-responsible-for-section-f', 'section G is the ICB'],
    [q('not-sure'), 'lgsco-cannot-look-at-appealable', 'we cannot tell what it is about'],
  ] as [RouteFinderInput, string, string][])('%j has no note %s (%s)', (input, note) => {
    expect(findRoutes(input).notes).not.toContain(note)
  })

  it('never offers an extended appeal on a refusal to assess', () => {
    expect(findRoutes(q('refusal-to-assess', undefined, 20)).routes).not.toContain(
      'extended-appeal',
    )
  })
})

// Rights pass at the end of compulsory school age (CFA s83(2); Education Act 1996 s8): the last
// Friday in June of the school year in which they turn 16, not the 16th birthday.
// [age, year11, expected rights note or null]
const rightsCases: [number | undefined, RouteFinderInput['year11'], RouteNote | null][] = [
  [undefined, undefined, null],
  [12, undefined, null],
  [14, undefined, null],
  [15, undefined, 'rights-pass-at-end-of-year-11'], // summer-born: can be past it at 15
  [16, undefined, 'rights-pass-at-end-of-year-11'], // 16 in Year 11 before June: not yet
  [17, undefined, 'young-person-holds-rights'],
  [25, undefined, 'young-person-holds-rights'],
  [15, 'finished', 'young-person-holds-rights'],
  [16, 'not-finished', null],
  [16, 'finished', 'young-person-holds-rights'],
  [undefined, 'finished', 'young-person-holds-rights'],
  [undefined, 'not-finished', null],
]

describe('findRoutes: who holds the rights', () => {
  const RIGHTS = ['young-person-holds-rights', 'rights-pass-at-end-of-year-11']
  it.each(rightsCases)('age %s, Year 11 %s: %s', (age, year11, expected) => {
    const input = q('refusal-to-issue', undefined, age, year11 ? { year11 } : {})
    const notes = findRoutes(input).notes.filter((note) => RIGHTS.includes(note))
    expect(notes).toEqual(expected ? [expected] : [])
  })
})

describe('findRoutes: deadlines and input', () => {
  it.each([
    [q('refusal-to-amend'), ['contactAdviser', 'mediation', 'certificate', 'appeal']],
    [q('plan-contents', ['I']), ['mediation', 'certificate', 'appeal']],
    [q('plan-contents', ['C']), ['mediation']],
    [q('plan-not-delivered', ['F']), []],
    [q('disability-discrimination'), []],
    [q('council-missed-time-limit'), []],
    [q('not-sure'), ['contactAdviser', 'appeal']], // HESC r20: may apply
    [
      q('health-service-refused', undefined, undefined, { plan: 'yes' }),
      ['contactAdviser', 'mediation', 'certificate', 'appeal'],
    ],
  ] as [RouteFinderInput, string[]][])('%j needs deadlines %j', (input, deadlines) => {
    expect(findRoutes(input).deadlines).toEqual(deadlines)
  })

  it('ignores a plan answer for situations that do not ask it', () => {
    expect(findRoutes(q('refusal-to-issue', undefined, undefined, { plan: 'no' }))).toEqual(
      findRoutes(q('refusal-to-issue')),
    )
  })

  it('refuses input the parser would reject', () => {
    expect(() => findRoutes({ about: 'plan-contents' })).toThrow(TypeError)
    expect(() => findRoutes({ about: 'social-care-assessment' })).toThrow(TypeError)
  })

  it('returns fresh arrays each time', () => {
    findRoutes({ about: 'refusal-to-issue' }).routes.push('judicial-review')
    findRoutes({ about: 'refusal-to-issue' }).deadlines.push('mediation')
    expect(findRoutes({ about: 'refusal-to-issue' }).routes).toEqual(EXTENDED)
    expect(findRoutes({ about: 'refusal-to-issue' }).deadlines).toHaveLength(4)
  })
})
