import { describe, expect, it } from 'vitest'

import { addDays, compareIsoDates, dayOfWeek, InvalidIsoDateError, isIsoDate } from './isoDate'
import { addMonths } from './months'

describe('isIsoDate', () => {
  it.each([
    ['2026-02-03', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-2-3', false],
    ['20260203', false],
    ['2026-02-03T00:00:00Z', false],
    ['tomorrow', false],
    ['', false],
    [' 2026-02-03', false],
  ])('%j -> %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected)
  })
})

describe('day arithmetic in UTC', () => {
  it.each([
    ['2026-03-28', 1, '2026-03-29'], // clocks change overnight in the UK
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('addDays(%s, %i) = %s', (iso, days, expected) => {
    expect(addDays(iso, days)).toBe(expected)
  })

  it.each([
    ['1970-01-01', 4],
    ['2026-03-14', 6],
    ['2026-03-15', 0],
    ['2027-07-31', 6],
    ['2028-01-03', 1],
  ])('dayOfWeek(%s) = %i', (iso, expected) => {
    expect(dayOfWeek(iso)).toBe(expected)
  })

  it('compares and refuses invalid dates', () => {
    expect(compareIsoDates('2026-01-02', '2026-01-10')).toBeLessThan(0)
    expect(compareIsoDates('2026-01-10', '2026-01-10')).toBe(0)
    expect(() => addDays('2026-02-30', 1)).toThrow(InvalidIsoDateError)
  })
})

describe('addMonths: same date, else the last day of the month', () => {
  it.each([
    ['2025-10-01', 2, '2025-12-01'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2027-12-31', 2, '2028-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-01-29', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-11-15', 2, '2027-01-15'],
    ['2026-05-31', 12, '2027-05-31'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('addMonths(%s, %i) = %s', (iso, months, expected) => {
    expect(addMonths(iso, months)).toBe(expected)
  })

  it('refuses fractional months and invalid dates', () => {
    expect(() => addMonths('2026-01-01', 1.5)).toThrow(RangeError)
    expect(() => addMonths('2026-02-30', 1)).toThrow(InvalidIsoDateError)
  })
})
