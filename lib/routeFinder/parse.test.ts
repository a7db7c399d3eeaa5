import { describe, expect, it } from 'vitest'

import { parseRouteFinderQuery } from './parse'

describe('parseRouteFinderQuery: accepted', () => {
  it.each([
    [{ about: 'refusal-to-assess' }, { about: 'refusal-to-assess' }],
    [{ about: ' Refusal-To-Issue ', sections: '' }, { about: 'refusal-to-issue' }],
    [
      { about: 'plan-contents', sections: 'F,b, I' },
      { about: 'plan-contents', sections: ['B', 'F', 'I'] },
    ],
    [
      { about: 'plan-not-delivered', sections: ['h1', 'G,F', 'G'] },
      { about: 'plan-not-delivered', sections: ['F', 'G', 'H1'] },
    ],
    [
      { about: 'social-care-assessment', age: '0' },
      { about: 'social-care-assessment', age: 0 },
    ],
    [
      { about: 'social-care-assessment', age: '25' },
      { about: 'social-care-assessment', age: 25 },
    ],
    [
      { about: 'refusal-to-amend', age: '17', page: '2' },
      { about: 'refusal-to-amend', age: 17 },
    ],
    [{ about: ['cease-to-maintain', 'cease-to-maintain'] }, { about: 'cease-to-maintain' }],
    [{ about: 'not-sure' }, { about: 'not-sure' }],
    [{ about: 'council-missed-time-limit' }, { about: 'council-missed-time-limit' }],
    [
      { about: 'health-service-refused', plan: 'Assessing' },
      { about: 'health-service-refused', plan: 'assessing' },
    ],
    [{ about: 'health-service-refused', plan: '' }, { about: 'health-service-refused' }],
    [
      { about: 'refusal-to-issue', age: '16', year11: 'finished' },
      { about: 'refusal-to-issue', age: 16, year11: 'finished' },
    ],
    [
      { about: 'refusal-to-issue', age: '15', year11: 'finished' }, // summer-born
      { about: 'refusal-to-issue', age: 15, year11: 'finished' },
    ],
    [
      { about: 'refusal-to-issue', age: '16', year11: 'not-finished' },
      { about: 'refusal-to-issue', age: 16, year11: 'not-finished' },
    ],
  ])('%j', (raw, value) => {
    expect(parseRouteFinderQuery(raw)).toEqual({ ok: true, value })
  })
})

describe('parseRouteFinderQuery: rejected', () => {
  it.each([
    [{}, [['about', 'required']]],
    [{ about: '' }, [['about', 'required']]],
    [{ about: 'school-transport' }, [['about', 'unknown-situation']]],
    [{ about: ['refusal-to-assess', 'plan-contents'] }, [['about', 'multiple-values']]],
    [{ about: 'plan-contents' }, [['sections', 'required']]],
    [{ about: 'plan-not-delivered', sections: ' , ' }, [['sections', 'required']]],
    [{ about: 'plan-contents', sections: 'F,E' }, [['sections', 'unknown-section']]],
    [{ about: 'plan-contents', sections: 'H' }, [['sections', 'unknown-section']]],
    [{ about: 'refusal-to-assess', sections: 'F' }, [['sections', 'not-applicable']]],
    [{ about: 'social-care-assessment' }, [['age', 'required']]],
    [{ about: 'social-care-assessment', age: '' }, [['age', 'required']]],
    [{ about: 'social-care-assessment', age: '26' }, [['age', 'out-of-range']]],
    [{ about: 'social-care-assessment', age: '-1' }, [['age', 'invalid-age']]],
    [{ about: 'social-care-assessment', age: '12.5' }, [['age', 'invalid-age']]],
    [{ about: 'social-care-assessment', age: 'ten' }, [['age', 'invalid-age']]],
    [{ about: 'social-care-assessment', age: ['10', '11'] }, [['age', 'multiple-values']]],
    [{ about: 'not-sure', sections: 'F' }, [['sections', 'not-applicable']]],
    [{ about: 'health-service-refused', plan: 'maybe' }, [['plan', 'unknown-value']]],
    [{ about: 'health-service-refused', plan: ['yes', 'no'] }, [['plan', 'multiple-values']]],
    [{ about: 'refusal-to-assess', plan: 'yes' }, [['plan', 'not-applicable']]],
    [{ about: 'refusal-to-assess', year11: 'soon' }, [['year11', 'unknown-value']]],
    // compulsory school age cannot end before 15 or after 16 (Education Act 1996 s8)
    [
      { about: 'refusal-to-assess', age: '14', year11: 'finished' },
      [['year11', 'conflicts-with-age']],
    ],
    [
      { about: 'refusal-to-assess', age: '17', year11: 'not-finished' },
      [['year11', 'conflicts-with-age']],
    ],
    [
      { about: 'unknown', sections: 'Z', age: 'old' },
      [
        ['about', 'unknown-situation'],
        ['sections', 'unknown-section'],
        ['age', 'invalid-age'],
      ],
    ],
  ])('%j', (raw, errors) => {
    expect(parseRouteFinderQuery(raw)).toEqual({
      ok: false,
      errors: errors.map(([field, code]) => ({ field, code })),
    })
  })
})
