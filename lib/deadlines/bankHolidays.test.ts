import { existsSync, readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import data from './bank-holidays.json'

import { computeBankHolidays, easterSunday } from './bankHolidays'
import { dayOfWeek, isIsoDate } from './isoDate'

const events = data['england-and-wales'].events
const dates = events.map((event) => event.date)

// GOV.UK england-and-wales list, written out by hand. 2025 to 2028 are also in the facts, s7.
const EXPECTED: Record<number, string[]> = {
  2018: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
  2019: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'],
  2021: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
  2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'],
  2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2028: ['01-03', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
}

// Copied from the facts file, section 7, so the check runs even where that file is absent.
const FACTS_SECTION_7 = [
  '2025-01-01',
  '2025-04-18',
  '2025-04-21',
  '2025-05-05',
  '2025-05-26',
  '2025-08-25',
  '2025-12-25',
  '2025-12-26',
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
  '2028-01-03',
]

const FACTS_PATH = '/work/shared/facts/send-disagreements.md'
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function datesInFactsFile(): string[] {
  const text = readFileSync(FACTS_PATH, 'utf8')
  const section = text.slice(text.indexOf('## 7.'))
  return [...section.matchAll(/^- (\d{4}): (.*)$/gm)].flatMap(([, year, list]) =>
    // "(substitute for 1 Jan)" names the moved day, not a holiday
    [...list.replace(/\([^)]*\)/g, '').matchAll(/(\d{1,2}) ([A-Z][a-z]{2})/g)].map(
      ([, day, month]) =>
        `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`,
    ),
  )
}

describe('lib/deadlines/bank-holidays.json', () => {
  it('is the GOV.UK england-and-wales shape', () => {
    expect(data['england-and-wales'].division).toBe('england-and-wales')
    for (const event of events) {
      expect(Object.keys(event).sort()).toEqual(['bunting', 'date', 'notes', 'title'])
      expect(isIsoDate(event.date)).toBe(true)
    }
  })

  it.each(Object.entries(EXPECTED))('has exactly the %s bank holidays', (year, days) => {
    const inYear = dates.filter((date) => date.startsWith(`${year}-`)).sort()
    expect(inYear).toEqual(days.map((day) => `${year}-${day}`))
  })

  it('has nothing outside 2018 to 2028, no duplicates, and no weekend dates', () => {
    expect(dates.every((date) => date >= '2018-01-01' && date <= '2028-12-31')).toBe(true)
    expect(new Set(dates).size).toBe(dates.length)
    expect(dates.filter((date) => [0, 6].includes(dayOfWeek(date)))).toEqual([])
  })

  it('contains every date in the facts, section 7', () => {
    expect(FACTS_SECTION_7.filter((date) => !dates.includes(date))).toEqual([])
  })

  it.runIf(existsSync(FACTS_PATH))('contains every date parsed from the facts file itself', () => {
    const listed = datesInFactsFile()
    expect(listed).toEqual(FACTS_SECTION_7)
    expect(listed.filter((date) => !dates.includes(date))).toEqual([])
  })

  it('marks substitute days', () => {
    const substitutes = events.filter((event) => event.notes === 'Substitute day')
    expect(substitutes.map((event) => event.date)).toContain('2028-01-03')
    expect(substitutes.map((event) => event.date)).toContain('2026-12-28')
  })
})

// Easter Sunday, checked against published tables (and python-dateutil's independent algorithm):
// the earliest and latest of the century (23 Mar 2008, 25 Apr 2038) and the range's ends.
describe('easterSunday (Gregorian computus)', () => {
  it.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2031, '2031-04-13'],
    [2032, '2032-03-28'],
    [2038, '2038-04-25'],
    [2049, '2049-04-18'],
    [2057, '2057-04-22'],
    [2095, '2095-04-24'],
    [2100, '2100-03-28'],
  ])('%i -> %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected)
    expect(dayOfWeek(expected)).toBe(0)
  })
})

// Banking and Financial Dealings Act 1971 Sch 1 and the yearly proclamations: New Year's Day,
// Good Friday, Easter Monday, the first and last Mondays in May, the last Monday in August,
// Christmas and Boxing Day, with weekday substitutes. Written out by hand.
const COMPUTED: Record<number, string[]> = {
  2029: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
  2030: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2031: ['01-01', '04-11', '04-14', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2032: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'], // 25th a Sat
  2033: ['01-03', '04-15', '04-18', '05-02', '05-30', '08-29', '12-26', '12-27'], // 25th a Sun
  2040: ['01-02', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'], // 1st a Sun
  2050: ['01-03', '04-08', '04-11', '05-02', '05-30', '08-29', '12-26', '12-27'], // 1st a Sat
}

describe('computeBankHolidays', () => {
  it.each(Object.entries(COMPUTED))('%s', (year, days) => {
    const computed = computeBankHolidays(Number(year)).map((holiday) => holiday.date)
    expect(computed).toEqual(days.map((day) => `${year}-${day}`))
  })

  // The shipped list is the truth for its years; the rules reproduce it except for one-off moves
  // and extra days, which is why the list (and editors' additions) override the computed dates.
  const EXCEPTIONS: Record<number, { onlyInList: string[]; onlyComputed: string[] }> = {
    2020: { onlyInList: ['2020-05-08'], onlyComputed: ['2020-05-04'] }, // VE day 75
    2022: {
      onlyInList: ['2022-06-02', '2022-06-03', '2022-09-19'], // jubilee; Queen's state funeral
      onlyComputed: ['2022-05-30'],
    },
    2023: { onlyInList: ['2023-05-08'], onlyComputed: [] }, // coronation
  }
  it.each(Object.keys(EXPECTED).map(Number))('matches the shipped list for %i', (year) => {
    const listed = dates.filter((date) => date.startsWith(`${year}-`))
    const computed = computeBankHolidays(year).map((holiday) => holiday.date)
    const { onlyInList = [], onlyComputed = [] } = EXCEPTIONS[year] ?? {}
    expect(listed.filter((date) => !computed.includes(date))).toEqual(onlyInList)
    expect(computed.filter((date) => !listed.includes(date))).toEqual(onlyComputed)
  })

  it('never puts a holiday at a weekend, for every year in range', () => {
    for (let year = 2000; year <= 2101; year++) {
      const weekend = computeBankHolidays(year).filter(({ date }) =>
        [0, 6].includes(dayOfWeek(date)),
      )
      expect(weekend, String(year)).toEqual([])
    }
  })
})
