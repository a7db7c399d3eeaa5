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
