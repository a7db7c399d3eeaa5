import { existsSync, readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import data from '@/content/bank-holidays.json'

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

describe('content/bank-holidays.json', () => {
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
