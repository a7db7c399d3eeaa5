import { describe, expect, it } from 'vitest'

import { createWorkingDayCalendar, DateOutOfRangeError } from './calendar'

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
  it('runs from 1 Jan of the first year to 31 Dec of the last year in the file', () => {
    expect(calendar.coverage).toEqual({ from: '2018-01-01', to: '2028-12-31' })
    expect(calendar.isCovered('2028-12-31')).toBe(true)
    expect(calendar.isCovered('2029-01-01')).toBe(false)
  })

  it.each([
    ['isWorkingDay', '2017-12-31'],
    ['isWorkingDay', '2029-01-01'],
    ['nextWorkingDayOnOrAfter', '2029-06-01'],
  ] as const)('%s(%s) throws DateOutOfRangeError', (fn, iso) => {
    expect(() => calendar[fn](iso)).toThrow(DateOutOfRangeError)
  })

  it('throws when counting runs past the end, naming the date reached', () => {
    expect(() => calendar.addWorkingDays('2028-12-29', 1)).toThrow(
      expect.objectContaining({ date: '2029-01-01' }),
    )
  })
})

describe('editor-added holidays and the data file', () => {
  it('treats an added date as a holiday', () => {
    const withExtra = createWorkingDayCalendar(['2026-03-16'])
    expect(withExtra.isWorkingDay('2026-03-16')).toBe(false)
    expect(withExtra.firstWorkingDayAfter('2026-03-13')).toBe('2026-03-17')
    expect(calendar.isWorkingDay('2026-03-16')).toBe(true)
  })

  it('refuses invalid or uncovered added dates', () => {
    expect(() => createWorkingDayCalendar(['2026-02-30'])).toThrow(TypeError)
    expect(() => createWorkingDayCalendar(['2030-01-02'])).toThrow(DateOutOfRangeError)
  })

  it('refuses a file with a missing year', () => {
    const events = [{ date: '2025-01-01' }, { date: '2027-01-01' }]
    const source = { 'england-and-wales': { division: 'england-and-wales', events } }
    expect(() => createWorkingDayCalendar([], source)).toThrow(/2026/)
  })
})
