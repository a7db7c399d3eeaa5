import { describe, expect, it } from 'vitest'

import { dateParam, queryValue, readDateInput, wrongDateParts } from './dateInput'

describe('wrongDateParts', () => {
  // GOV.UK date input: mark and link only the wrong boxes (issue 10, item 8).
  it.each([
    [{ day: '15', month: '13', year: '2026' }, ['month']],
    [{ day: '32', month: '1', year: '2026' }, ['day']],
    [{ day: '30', month: '2', year: '2026' }, ['day']], // February 2026 has 28 days
    [{ day: '29', month: '2', year: '2028' }, []], // leap year
    [{ day: '1', month: '2', year: '26' }, ['year']],
    [{ day: 'x', month: '0', year: '2026' }, ['day', 'month']],
    [{ day: '0', month: '1', year: '0000' }, ['day', 'year']],
    [{ day: '7', month: '07', year: '2026' }, []],
  ])('wrongDateParts(%o) = %o', (parts, expected) => {
    expect(wrongDateParts(parts)).toEqual(expected)
  })
})

describe('readDateInput', () => {
  const boxes = (day: string, month: string, year: string) => ({
    'when-day': day,
    'when-month': month,
    'when-year': year,
  })
  it.each([
    // [query, iso, missing, wrong, badIsoLink, value shown again]
    [boxes('2', '3', '2026'), '2026-03-02', [], [], false, { day: '2', month: '3', year: '2026' }],
    [
      boxes(' 02 ', '03', '2026'),
      '2026-03-02',
      [],
      [],
      false,
      { day: '02', month: '03', year: '2026' },
    ],
    [
      boxes('', '', ''),
      undefined,
      ['day', 'month', 'year'],
      [],
      false,
      { day: '', month: '', year: '' },
    ],
    [{}, undefined, ['day', 'month', 'year'], [], false, { day: '', month: '', year: '' }],
    [
      boxes('2', '', '2026'),
      undefined,
      ['month'],
      [],
      false,
      { day: '2', month: '', year: '2026' },
    ],
    [
      boxes('', '13', ''),
      undefined,
      ['day', 'year'],
      [],
      false,
      { day: '', month: '13', year: '' },
    ],
    [
      boxes('30', '2', '2026'),
      undefined,
      [],
      ['day'],
      false,
      { day: '30', month: '2', year: '2026' },
    ],
    [boxes('1', '2', '26'), undefined, [], ['year'], false, { day: '1', month: '2', year: '26' }],
    // An ISO date in the field itself, from a link, when the boxes are empty.
    [{ when: '2026-09-01' }, '2026-09-01', [], [], false, { day: '1', month: '9', year: '2026' }],
    [
      { when: '2026-02-30' },
      undefined,
      ['day', 'month', 'year'],
      [],
      true,
      { day: '', month: '', year: '' },
    ],
    // The boxes win over a link's date.
    [
      { ...boxes('5', '5', '2026'), when: '2026-09-01' },
      '2026-05-05',
      [],
      [],
      false,
      { day: '5', month: '5', year: '2026' },
    ],
    // Repeated parameters: the first counts.
    [
      { 'when-day': ['4', '9'], 'when-month': '4', 'when-year': '2026' },
      '2026-04-04',
      [],
      [],
      false,
      { day: '4', month: '4', year: '2026' },
    ],
  ] as const)('%o reads as %s', (search, iso, missing, wrong, badIsoLink, value) => {
    const reading = readDateInput(search as Record<string, string | string[]>, 'when')
    expect(reading).toEqual({ value, iso, missing, wrong, badIsoLink })
  })
})

describe('dateParam: the one date reader of the calculator pages and the deadline APIs', () => {
  // The same address gives the same date, whether a page (searchParams) or a route handler
  // (URLSearchParams) reads it.
  it.each([
    // [query string, what the rules get]
    ['decision=2026-03-02', '2026-03-02'],
    ['decision=%202026-03-02%20', '2026-03-02'],
    ['decision-day=2&decision-month=3&decision-year=2026', '2026-03-02'],
    ['decision-day=2&decision-month=3&decision-year=2026&decision=2026-01-01', '2026-03-02'],
    ['decision=2026-02-30', '2026-02-30'], // not a real date: the rules answer invalid-date
    ['decision=soon', 'soon'],
    ['decision=', undefined],
    ['decision=%20%20', undefined],
    ['', undefined],
    // Boxes filled in part, or making no real date: their text, so the rules answer invalid-date.
    ['decision-day=2&decision-month=3', '-3-2'],
    ['decision-day=31&decision-month=4&decision-year=2026', '2026-4-31'],
    ['decision-year=2026', '2026--'],
    ['decision-day=&decision-month=&decision-year=', undefined],
    ['decision=2026-03-02&decision=2026-04-01', '2026-03-02'], // the first value counts
  ])('%s gives %s', (query, expected) => {
    const params = new URLSearchParams(query)
    const search: Record<string, string | string[]> = {}
    for (const key of new Set(params.keys())) {
      const values = params.getAll(key)
      search[key] = values.length > 1 ? values : values[0]!
    }
    expect(dateParam(params, 'decision')).toBe(expected)
    expect(dateParam(search, 'decision')).toBe(expected)
  })
})

describe('queryValue', () => {
  it.each([
    [new URLSearchParams('stage=request'), 'request'],
    [new URLSearchParams('stage=%20request%20&stage=decision'), 'request'],
    [new URLSearchParams(''), ''],
    [{ stage: [' request', 'decision'] }, 'request'],
    [{ stage: undefined }, ''],
    [{}, ''],
  ])('the first trimmed value of %o is %j', (query, expected) => {
    expect(queryValue(query, 'stage')).toBe(expected)
  })
})
