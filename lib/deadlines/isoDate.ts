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

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

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

export function isIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null
}

export function requireIsoDate(value: unknown): DateParts {
  const parts = parseIsoDate(value)
  if (!parts) throw new InvalidIsoDateError(value)
  return parts
}

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

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days)
}

/** 0 = Sunday ... 6 = Saturday, as Date#getUTCDay. */
export function dayOfWeek(iso: string): number {
  return (((toDayNumber(iso) + 4) % 7) + 7) % 7 // 1970-01-01 was a Thursday
}

export function isWeekend(iso: string): boolean {
  const dow = dayOfWeek(iso)
  return dow === 0 || dow === 6
}

/** Negative, zero or positive like a sort comparator. Valid ISO strings order lexically. */
export function compareIsoDates(a: string, b: string): number {
  requireIsoDate(a)
  requireIsoDate(b)
  return a < b ? -1 : a > b ? 1 : 0
}

export function laterOf(a: string, b: string): string {
  return compareIsoDates(a, b) >= 0 ? a : b
}
