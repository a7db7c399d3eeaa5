import data from './bank-holidays.json'

import { computeBankHolidays } from './bankHolidays'
import { addDays, compareIsoDates, isIsoDate, isWeekend, parseIsoDate } from './isoDate'

export interface BankHolidayFile {
  'england-and-wales': { division: string; events: { date: string; title?: string }[] }
}

export interface CalendarCoverage {
  from: string
  to: string
}

/**
 * The dates a family may enter. Bank holidays are computed for any year, so this is a sanity
 * limit (a typo such as 2206, or a decision from before the 2014 Act's time), not a data limit.
 */
export const SUPPORTED_DATES: CalendarCoverage = { from: '2000-01-01', to: '2100-12-31' }

export interface WorkingDayCalendar {
  /** The dates inputs may use (SUPPORTED_DATES); deadlines computed from them may run later. */
  coverage: CalendarCoverage
  isCovered(iso: string): boolean
  /** The bank holidays of one year in use (shipped list or computed, plus editors'), sorted. */
  holidaysIn(year: number): readonly string[]
  /**
   * Monday to Friday and not a bank holiday in England and Wales (Christmas Day and Good Friday
   * included): HESC Rules 2008, rule 1(3) "working day".
   */
  isWorkingDay(iso: string): boolean
  nextWorkingDayOnOrAfter(iso: string): string
  /** The last working day before `iso` (never `iso` itself). */
  previousWorkingDayBefore(iso: string): string
  /** The nth working day after `iso`; `iso` itself never counts. n = 0 returns `iso` unchanged. */
  addWorkingDays(iso: string, n: number): string
  firstWorkingDayAfter(iso: string): string
}

// Far beyond any gap between working days (the longest is 4 days at Christmas); stops a runaway
// loop on corrupt data.
const MAX_SCAN_DAYS = 366

/**
 * Working days from three sources, in this order of authority:
 * 1. the shipped GOV.UK list (lib/deadlines/bank-holidays.json): for each year it covers, it is the whole
 *    truth, so one-off moves such as the 2020 early May holiday (8 May, not 4 May) are right;
 * 2. for any other year, the holidays computed from the statutory rules (bankHolidays.ts);
 * 3. editors' additions (the BankHolidays global), added on top: a new one-off holiday is
 *    announced months ahead, before the shipped list is updated.
 * Throws TypeError for a malformed date and Error for a shipped list with a missing year.
 */
export function createWorkingDayCalendar(
  extraHolidays: string[] = [],
  source: BankHolidayFile = data,
): WorkingDayCalendar {
  const fileDates = source['england-and-wales'].events.map((event) => event.date)
  for (const date of [...fileDates, ...extraHolidays]) {
    if (!isIsoDate(date)) throw new TypeError(`Invalid bank holiday date: ${String(date)}`)
  }
  const fileByYear = new Map<number, string[]>()
  for (const date of fileDates) {
    const year = parseIsoDate(date)!.year
    fileByYear.set(year, [...(fileByYear.get(year) ?? []), date])
  }
  const years = [...fileByYear.keys()]
  // A gap in the middle means the file lost a year, not that the year had no holidays.
  for (let year = Math.min(...years); year < Math.max(...years); year++) {
    if (!fileByYear.has(year)) throw new Error(`The bank-holiday file has no events for ${year}`)
  }

  const byYear = new Map<number, Set<string>>()
  const holidaysOf = (year: number): Set<string> => {
    let set = byYear.get(year)
    if (!set) {
      const base = fileByYear.get(year) ?? computeBankHolidays(year).map((holiday) => holiday.date)
      const extra = extraHolidays.filter((date) => date.startsWith(`${year}-`))
      set = new Set([...base, ...extra])
      byYear.set(year, set)
    }
    return set
  }

  const isWorkingDay = (iso: string) =>
    !isWeekend(iso) && !holidaysOf(parseIsoDate(iso)?.year ?? NaN).has(iso)

  const step = (iso: string, direction: 1 | -1) => {
    let date = iso
    for (let scanned = 0; ; scanned++) {
      if (scanned > MAX_SCAN_DAYS) throw new Error(`No working day found near ${iso}`)
      date = addDays(date, direction)
      if (isWorkingDay(date)) return date
    }
  }

  const addWorkingDays = (iso: string, n: number) => {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be 0 or more: ${n}`)
    let date = iso
    for (let counted = 0; counted < n; counted++) date = step(date, 1)
    return date
  }

  const isCovered = (iso: string) =>
    isIsoDate(iso) &&
    compareIsoDates(iso, SUPPORTED_DATES.from) >= 0 &&
    compareIsoDates(iso, SUPPORTED_DATES.to) <= 0

  return {
    coverage: SUPPORTED_DATES,
    isCovered,
    holidaysIn: (year) => [...holidaysOf(year)].sort(),
    isWorkingDay: (iso) => {
      if (!isIsoDate(iso)) throw new TypeError(`Invalid date: ${String(iso)}`)
      return isWorkingDay(iso)
    },
    nextWorkingDayOnOrAfter: (iso) => (isWorkingDay(iso) ? iso : step(iso, 1)),
    previousWorkingDayBefore: (iso) => step(iso, -1),
    addWorkingDays,
    firstWorkingDayAfter: (iso) => step(iso, 1),
  }
}
