import { describe, expect, it } from 'vitest'

import { createWorkingDayCalendar, SUPPORTED_DATES } from './calendar'

const calendar = createWorkingDayCalendar()

describe('isWorkingDay', () => {
  it.each([
    ['2026-01-01', false, "New Year's Day"],
    ['2026-01-02', true, 'Friday after New Year'],
    ['2026-03-14', false, 'Saturday'],
    ['2026-03-15', false, 'Sunday'],
    ['2026-04-03', false, 'Good Friday'],
    ['2026-04-06', false, 'Easter Monday'],
    ['2026-04-07', true, 'Tuesday after Easter'],
    ['2026-05-04', false, 'Early May bank holiday'],
    ['2026-08-31', false, 'Summer bank holiday'],
    ['2026-12-28', false, 'Boxing Day substitute'],
    ['2026-12-29', true, 'between Christmas and New Year'],
    ['2027-12-27', false, 'Christmas Day substitute'],
    ['2027-12-28', false, 'Boxing Day substitute'],
    ['2028-01-03', false, "New Year's Day substitute"],
    ['2028-01-04', true, 'first working day of 2028'],
    ['2020-05-08', false, 'VE day (Early May moved)'],
    ['2020-05-04', true, 'usual Early May Monday in 2020'],
    ['2022-06-03', false, 'Platinum Jubilee'],
    ['2022-09-19', false, 'State Funeral'],
    ['2023-05-08', false, 'Coronation'],
    ['2025-12-24', true, 'Christmas Eve is a working day'],
    // beyond the shipped list (2018-2028): computed from the statutory pattern
    ['2031-04-11', false, 'Good Friday 2031'],
    ['2031-04-14', false, 'Easter Monday 2031'],
    ['2031-05-05', false, 'Early May 2031'],
    ['2031-05-26', false, 'Spring 2031'],
    ['2031-08-25', false, 'Summer 2031'],
    ['2031-12-25', false, 'Christmas Day 2031 (Thursday)'],
    ['2031-12-26', false, 'Boxing Day 2031 (Friday)'],
    ['2031-12-29', true, 'Monday after Christmas 2031'],
    ['2032-12-27', false, 'Christmas Day 2032 substitute (25th a Saturday)'],
    ['2032-12-28', false, 'Boxing Day 2032 substitute'],
    ['2033-01-03', false, "New Year's Day 2033 substitute (1st a Saturday)"],
    ['2033-05-02', false, 'Early May 2033'],
    ['2017-04-14', false, 'Good Friday 2017, before the shipped list'],
    ['2000-05-29', false, 'Spring 2000'],
  ])('%s -> %s (%s)', (iso, expected) => {
    expect(calendar.isWorkingDay(iso)).toBe(expected)
  })
})

describe('moving between working days', () => {
  it.each([
    ['nextWorkingDayOnOrAfter', '2026-03-13', '2026-03-13'],
    ['nextWorkingDayOnOrAfter', '2026-04-03', '2026-04-07'],
    ['nextWorkingDayOnOrAfter', '2027-12-25', '2027-12-29'],
    ['nextWorkingDayOnOrAfter', '2028-01-01', '2028-01-04'],
    ['firstWorkingDayAfter', '2026-03-13', '2026-03-16'],
    ['firstWorkingDayAfter', '2025-12-24', '2025-12-29'],
    ['firstWorkingDayAfter', '2026-03-16', '2026-03-17'],
    ['previousWorkingDayBefore', '2027-07-31', '2027-07-30'],
    ['previousWorkingDayBefore', '2022-12-24', '2022-12-23'],
    ['previousWorkingDayBefore', '2026-04-07', '2026-04-02'],
    ['previousWorkingDayBefore', '2031-04-15', '2031-04-10'],
    ['nextWorkingDayOnOrAfter', '2031-12-25', '2031-12-29'],
  ] as const)('%s(%s) = %s', (fn, iso, expected) => {
    expect(calendar[fn](iso)).toBe(expected)
  })

  it.each([
    ['2026-03-13', 0, '2026-03-13'],
    ['2026-03-13', 1, '2026-03-16'],
    ['2026-05-01', 5, '2026-05-11'],
    ['2026-12-24', 2, '2026-12-30'],
  ])('addWorkingDays(%s, %i) = %s', (iso, n, expected) => {
    expect(calendar.addWorkingDays(iso, n)).toBe(expected)
  })

  it('rejects negative or fractional counts', () => {
    expect(() => calendar.addWorkingDays('2026-03-13', -1)).toThrow(RangeError)
    expect(() => calendar.addWorkingDays('2026-03-13', 1.5)).toThrow(RangeError)
  })
})

describe('coverage', () => {
  it('accepts dates from 2000 to 2100 and works out holidays for any year', () => {
    expect(calendar.coverage).toEqual(SUPPORTED_DATES)
    expect(SUPPORTED_DATES).toEqual({ from: '2000-01-01', to: '2100-12-31' })
    expect(calendar.isCovered('2100-12-31')).toBe(true)
    expect(calendar.isCovered('2101-01-01')).toBe(false)
    expect(calendar.isCovered('1999-12-31')).toBe(false)
    expect(calendar.isCovered('2031-02-30')).toBe(false)
    // A deadline from 31 December 2100 runs into 2101: still computed, never thrown.
    expect(calendar.nextWorkingDayOnOrAfter('2101-01-01')).toBe('2101-01-04') // Sat; Mon 3rd substitute
  })

  it('lists the holidays in use for a year', () => {
    expect(calendar.holidaysIn(2020)).toContain('2020-05-08')
    expect(calendar.holidaysIn(2020)).not.toContain('2020-05-04')
    expect(calendar.holidaysIn(2031)).toEqual([
      '2031-01-01',
      '2031-04-11',
      '2031-04-14',
      '2031-05-05',
      '2031-05-26',
      '2031-08-25',
      '2031-12-25',
      '2031-12-26',
    ])
  })
})

describe('editor-added holidays and the data file', () => {
  it('treats an added date as a holiday', () => {
    const withExtra = createWorkingDayCalendar(['2026-03-16'])
    expect(withExtra.isWorkingDay('2026-03-16')).toBe(false)
    expect(withExtra.firstWorkingDayAfter('2026-03-13')).toBe('2026-03-17')
    expect(calendar.isWorkingDay('2026-03-16')).toBe(true)
  })

  it('adds editor dates to computed years too (a one-off holiday announced in advance)', () => {
    const withExtra = createWorkingDayCalendar(['2031-06-06'])
    expect(withExtra.isWorkingDay('2031-06-06')).toBe(false)
    expect(withExtra.isWorkingDay('2031-05-26')).toBe(false) // computed holidays stay
    expect(calendar.isWorkingDay('2031-06-06')).toBe(true)
  })

  it('refuses invalid added dates', () => {
    expect(() => createWorkingDayCalendar(['2026-02-30'])).toThrow(TypeError)
  })

  it('refuses a file with a missing year', () => {
    const events = [{ date: '2025-01-01' }, { date: '2027-01-01' }]
    const source = { 'england-and-wales': { division: 'england-and-wales', events } }
    expect(() => createWorkingDayCalendar([], source)).toThrow(/2026/)
  })
})
