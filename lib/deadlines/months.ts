import { daysInMonth, formatIsoDate, requireIsoDate } from './isoDate'

/**
 * The same date n months later; where the later month is too short, its last day.
 * This is the Tribunal's month arithmetic (31 December + 2 months = 28 or 29 February), and it is
 * not the same as adding 30 or 31 days.
 */
export function addMonths(iso: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`Whole months only: ${months}`)
  const { year, month, day } = requireIsoDate(iso)
  const monthIndex = month - 1 + months
  const targetYear = year + Math.floor(monthIndex / 12)
  const targetMonth = (((monthIndex % 12) + 12) % 12) + 1
  return formatIsoDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  })
}
