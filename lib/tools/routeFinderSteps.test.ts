import { describe, expect, it } from 'vitest'

import {
  ageFromBand,
  answersQuery,
  bandFromAge,
  readAnswers,
  stepAfterAbout,
} from './routeFinderSteps'

describe('route finder steps', () => {
  it('reads answers from repeated or comma-separated values, ignoring unknown ones', () => {
    expect(readAnswers({ about: 'plan-contents', sections: ['I', 'B,zz'], answered: '1' })).toEqual(
      {
        answered: true,
        about: 'plan-contents',
        sections: ['B', 'I'],
        sectionsUnsure: false,
        age: undefined,
      },
    )
    expect(readAnswers({ about: 'nonsense', sections: 'not-sure', age: '16' })).toMatchObject({
      answered: false,
      about: undefined,
      sectionsUnsure: true,
      age: '16',
    })
  })

  it.each([
    ['plan-contents', 'sections'],
    ['plan-not-delivered', 'sections'],
    ['refusal-to-assess', 'age'],
    ['not-sure', 'result'],
  ] as const)('after "%s" comes %s', (about, step) => {
    expect(stepAfterAbout(about)).toBe(step)
  })

  it('turns age bands into one age each, and back', () => {
    expect(['under-16', '16-17', '18-25', 'x'].map(ageFromBand)).toEqual([
      '15',
      '16',
      '18',
      undefined,
    ])
    expect(['3', '15', '16', '17', '18', '25'].map(bandFromAge)).toEqual([
      'under-16',
      'under-16',
      '16-17',
      '16-17',
      '18-25',
      '18-25',
    ])
  })

  it('carries answers forward in the same form the API reads', () => {
    expect(
      answersQuery({ about: 'plan-contents', sections: ['B', 'F'], sectionsUnsure: true }),
    ).toBe('?about=plan-contents&sections=B%2CF&unsure=sections')
    expect(answersQuery({})).toBe('')
  })
})
