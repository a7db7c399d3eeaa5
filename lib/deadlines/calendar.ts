import data from '@/content/bank-holidays.json'

import { addDays, compareIsoDates, isIsoDate, isWeekend, parseIsoDate } from './isoDate'

export interface BankHolidayFile {
  'england-and-wales': { division: string; events: { date: string; title?: string }[] }
}

export interface CalendarCoverage {
  from: string
  to: string
}

/**
 * Thrown instead of guessing: outside the years the bank-holiday file covers we cannot tell a
 * working day from a bank holiday, and a wrong legal deadline is worse than no answer.
 */
export class DateOutOfRangeError extends Error {
  constructor(
    readonly date: string,
    readonly coverage: CalendarCoverage,
  ) {
    super(`${date} is outside the bank-holiday calendar (${coverage.from} to ${coverage.to})`)
    this.name = 'DateOutOfRangeError'
  }
}

export interface WorkingDayCalendar {
  coverage: CalendarCoverage
  /** Holidays in use (file plus editor-added), sorted. */
  holidays: readonly string[]
  isCovered(iso: string): boolean
  /** Monday to Friday and not a bank holiday (Christmas Day and Good Friday are in the list). */
  isWorkingDay(iso: string): boolean
  nextWorkingDayOnOrAfter(iso: string): string
  /** The nth working day after `iso`; `iso` itself never counts. n = 0 returns `iso` unchanged. */
  addWorkingDays(iso: string, n: number): string
  firstWorkingDayAfter(iso: string): string
}

// Far beyond any deadline we compute (a few working days); stops a runaway loop on corrupt data.
const MAX_SCAN_DAYS = 366

export function createWorkingDayCalendar(
  extraHolidays: string[] = [],
  source: BankHolidayFile = data,
): WorkingDayCalendar {
  const fileDates = source['england-and-wales'].events.map((event) => event.date)
  for (const date of [...fileDates, ...extraHolidays]) {
    if (!isIsoDate(date)) throw new TypeError(`Invalid bank holiday date: ${String(date)}`)
  }
  if (fileDates.length === 0) throw new Error('The bank-holiday file has no events')

  const years = fileDates.map((date) => parseIsoDate(date)!.year)
  const firstYear = Math.min(...years)
  const lastYear = Math.max(...years)
  // A year with no entries means the file is incomplete, not that the year had no holidays.
  for (let year = firstYear; year <= lastYear; year++) {
    if (!years.includes(year)) throw new Error(`The bank-holiday file has no events for ${year}`)
  }
  const coverage: CalendarCoverage = { from: `${firstYear}-01-01`, to: `${lastYear}-12-31` }

  const isCovered = (iso: string) =>
    compareIsoDates(iso, coverage.from) >= 0 && compareIsoDates(iso, coverage.to) <= 0
  const assertCovered = (iso: string) => {
    if (!isCovered(iso)) throw new DateOutOfRangeError(iso, coverage)
  }

  // Editor-added dates outside the file's years would not extend coverage, so refuse them loudly.
  extraHolidays.forEach(assertCovered)
  const holidaySet = new Set([...fileDates, ...extraHolidays])

  const isWorkingDay = (iso: string) => {
    assertCovered(iso)
    return !isWeekend(iso) && !holidaySet.has(iso)
  }

  const addWorkingDays = (iso: string, n: number) => {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be 0 or more: ${n}`)
    assertCovered(iso)
    let date = iso
    for (let counted = 0, scanned = 0; counted < n; scanned++) {
      if (scanned > MAX_SCAN_DAYS) throw new Error(`No working days found after ${iso}`)
      date = addDays(date, 1)
      if (isWorkingDay(date)) counted++
    }
    return date
  }

  const nextWorkingDayOnOrAfter = (iso: string) =>
    isWorkingDay(iso) ? iso : addWorkingDays(iso, 1)

  return {
    coverage,
    holidays: [...holidaySet].sort(),
    isCovered: (iso) => isIsoDate(iso) && isCovered(iso),
    isWorkingDay,
    nextWorkingDayOnOrAfter,
    addWorkingDays,
    firstWorkingDayAfter: (iso) => addWorkingDays(iso, 1),
  }
}
