import { describe, expect, it } from 'vitest'

import {
  answersFromBand,
  answersQuery,
  bandFromAnswers,
  readAnswers,
  stepAfterAbout,
  stepBeforeAge,
} from '@/lib/routeFinder/steps'

describe('route finder steps', () => {
  it('reads answers from repeated or comma-separated values, ignoring unknown ones', () => {
    expect(readAnswers({ about: 'plan-contents', sections: ['I', 'B,zz'], answered: '1' })).toEqual(
      {
        answered: true,
        about: 'plan-contents',
        sections: ['B', 'I'],
        sectionsUnsure: false,
        plan: undefined,
        age: undefined,
        year11: undefined,
      },
    )
    expect(
      readAnswers({ about: 'nonsense', sections: 'not-sure', age: '16', plan: 'x', year11: 'y' }),
    ).toMatchObject({
      answered: false,
      about: undefined,
      sectionsUnsure: true,
      plan: undefined,
      age: '16',
      year11: undefined,
    })
    expect(
      readAnswers({ about: 'health-service-refused', plan: 'assessing', year11: 'finished' }),
    ).toMatchObject({ plan: 'assessing', year11: 'finished' })
  })

  it.each([
    ['plan-contents', 'sections', 'route-finder/sections'],
    ['plan-not-delivered', 'sections', 'route-finder/sections'],
    ['health-service-refused', 'plan', 'route-finder/plan'],
    ['refusal-to-assess', 'age', 'route-finder'],
    ['council-missed-time-limit', 'age', 'route-finder'],
    ['not-sure', 'result', 'route-finder'],
  ] as const)('after "%s" comes %s; before the age question: %s', (about, next, before) => {
    expect(stepAfterAbout(about)).toBe(next)
    expect(stepBeforeAge(about)).toBe(before)
  })

  // Rights pass at the end of Year 11, not on the 16th birthday (CFA s83(2)).
  it.each([
    ['not-finished-year-11', { age: '15', year11: 'not-finished' }],
    ['finished-year-11', { age: '16', year11: 'finished' }],
    ['18-25', { age: '18' }],
    ['under-16', undefined],
    ['x', undefined],
  ])('band %s stands for %j', (band, answers) => {
    expect(answersFromBand(band)).toEqual(answers)
  })

  it.each([
    ['15', 'not-finished', 'not-finished-year-11'],
    ['16', 'finished', 'finished-year-11'],
    ['15', 'finished', 'finished-year-11'], // summer-born
    ['18', undefined, '18-25'],
    ['3', undefined, 'not-finished-year-11'],
    ['17', undefined, 'finished-year-11'],
    ['16', undefined, undefined], // cannot tell from the age
    [undefined, undefined, undefined],
  ] as const)('age %s, Year 11 %s comes back as %s', (age, year11, band) => {
    expect(bandFromAnswers(age, year11)).toBe(band)
  })

  it('carries answers forward in the same form the API reads', () => {
    expect(
      answersQuery({ about: 'plan-contents', sections: ['B', 'F'], sectionsUnsure: true }),
    ).toBe('?about=plan-contents&sections=B%2CF&unsure=sections')
    expect(
      answersQuery({ about: 'health-service-refused', plan: 'yes', age: '16', year11: 'finished' }),
    ).toBe('?about=health-service-refused&plan=yes&age=16&year11=finished')
    expect(answersQuery({})).toBe('')
  })
})
