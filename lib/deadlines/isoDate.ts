// Calendar dates as `YYYY-MM-DD` strings. All arithmetic goes through UTC day numbers so that the
// server's time zone and British Summer Time can never shift a legal deadline by a day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

export interface DateParts {
  year: number
  month: number // 1-12
  day: number
}

export class InvalidIsoDateError extends Error {
  constructor(readonly value: unknown) {
    super(`Not a valid calendar date in YYYY-MM-DD form: ${String(value)}`)
    this.name = 'InvalidIsoDateError'
  }
}

/**
 * Whether a Gregorian year has a 29 February: every 4th year, except century years not
 * divisible by 400 (2000 is a leap year, 2100 is not).
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/**
 * The number of days (28 to 31) in `month` (1 = January ... 12 = December) of `year`. The month is
 * not checked: a number outside 1 to 12 gives 31.
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** The parts, or null for anything that is not a real date (2026-02-30, 2026-2-3, words). */
export function parseIsoDate(value: unknown): DateParts | null {
  if (typeof value !== 'string') return null
  const match = ISO_DATE.exec(value)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < 1 || month < 1 || month > 12 || day < 1) return null
  if (day > daysInMonth(year, month)) return null
  return { year, month, day }
}

/** Whether `value` is a `YYYY-MM-DD` string naming a real calendar date; never throws. */
export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null
}

/**
 * The year, month (1-12) and day of a `YYYY-MM-DD` date. Throws InvalidIsoDateError for anything
 * that is not a real date in that form.
 */
export function requireIsoDate(value: unknown): DateParts {
  const parts = parseIsoDate(value)
  if (!parts) throw new InvalidIsoDateError(value)
  return parts
}

/**
 * The `YYYY-MM-DD` string of a date's parts, zero-padded (year to 4 digits). The parts are not
 * checked: pass a real date.
 */
export function formatIsoDate({ year, month, day }: DateParts): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0')
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

function toDayNumber(iso: string): number {
  const { year, month, day } = requireIsoDate(iso)
  const date = new Date(0)
  // setUTCFullYear avoids Date.UTC's 0-99 => 1900s quirk
  date.setUTCFullYear(year, month - 1, day)
  return Math.round(date.getTime() / MS_PER_DAY)
}

function fromDayNumber(dayNumber: number): string {
  const date = new Date(dayNumber * MS_PER_DAY)
  return formatIsoDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  })
}

/**
 * The `YYYY-MM-DD` date `days` calendar days (not working days; negative goes back) after `iso`,
 * counted in UTC day numbers so time zones and British Summer Time cannot shift it. Throws
 * InvalidIsoDateError when `iso` is not a real date.
 */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days)
}

/**
 * The day of the week of a `YYYY-MM-DD` date: 0 = Sunday ... 6 = Saturday, as Date#getUTCDay.
 * Throws InvalidIsoDateError for a bad date.
 */
export function dayOfWeek(iso: string): number {
  return (((toDayNumber(iso) + 4) % 7) + 7) % 7 // 1970-01-01 was a Thursday
}

/**
 * Whether a `YYYY-MM-DD` date is a Saturday or Sunday. Bank holidays are not weekends: working
 * days are the calendar's business (calendar.ts). Throws InvalidIsoDateError for a bad date.
 */
export function isWeekend(iso: string): boolean {
  const dow = dayOfWeek(iso)
  return dow === 0 || dow === 6
}

/**
 * Negative, zero or positive like a sort comparator. Valid ISO strings order lexically. Throws
 * InvalidIsoDateError when either is not a real `YYYY-MM-DD` date.
 */
export function compareIsoDates(a: string, b: string): number {
  requireIsoDate(a)
  requireIsoDate(b)
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The later of two `YYYY-MM-DD` dates (`a` when equal), as for HESC r20's "whichever is the
 * later". Throws InvalidIsoDateError when either is not a real date.
 */
export function laterOf(a: string, b: string): string {
  return compareIsoDates(a, b) >= 0 ? a : b
}
