import { describe, expect, it } from 'vitest'

import { formatDate, todayInEngland } from './dates'

describe('formatDate', () => {
  it.each([
    ['2026-11-30', 'en', 'date', '30 November 2026'],
    ['2026-11-30', 'pl', 'date', '30 listopada 2026'],
    ['2026-11-30', 'ur', 'date', '30 نومبر، 2026'],
    ['2026-11-30', 'en', 'weekdayDate', 'Monday, 30 November 2026'],
    ['2026-11-30', 'pl', 'weekdayDate', 'poniedziałek, 30 listopada 2026'],
    // A timestamp late on 30 June UTC is already 1 July in England (BST, UTC+1).
    ['2026-06-30T23:30:00.000Z', 'en', 'date', '1 July 2026'],
    // In winter England is on UTC.
    ['2026-12-31T23:30:00.000Z', 'en', 'date', '31 December 2026'],
    ['2026-06-30T23:30:00.000Z', 'en', 'dateTime', '1 July 2026 at 00:30'],
  ] as const)('%s in %s (%s) reads %s', (value, locale, format, expected) => {
    expect(formatDate(value, locale, format)).toBe(expected)
  })

  it('shows a calendar date as that day in any server time zone', () => {
    expect(formatDate('2026-03-29', 'en')).toBe('29 March 2026')
    expect(formatDate(new Date('2026-03-29T00:30:00Z'), 'en')).toBe('29 March 2026')
  })

  it('refuses what is not a date', () => {
    expect(() => formatDate('not a date', 'en')).toThrow(RangeError)
  })
})

describe('todayInEngland', () => {
  it.each([
    ['2026-06-30T23:30:00Z', '2026-07-01'], // BST: already tomorrow in England
    ['2026-12-31T23:30:00Z', '2026-12-31'], // GMT: the same day
    ['2026-03-29T00:59:00Z', '2026-03-29'], // the clocks go forward at 01:00 UTC
    ['2026-10-25T00:30:00Z', '2026-10-25'], // the clocks go back at 01:00 UTC (02:00 BST)
  ])('at %s it is %s', (now, expected) => {
    expect(todayInEngland(new Date(now))).toBe(expected)
  })
})
