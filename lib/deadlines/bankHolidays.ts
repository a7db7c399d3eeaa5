import { addDays, dayOfWeek, formatIsoDate } from './isoDate'

// England and Wales bank holidays worked out from the rules that set them, so the calculator never
// runs out of years. Sources: Banking and Financial Dealings Act 1971, s1 and Sch 1 (New Year's Day,
// Easter Monday, the last Monday in May and in August, Boxing Day, and a substitute weekday when one
// falls at a weekend); Good Friday and Christmas Day are common-law holidays, with substitutes by
// royal proclamation; the early May Monday by royal proclamation every year since 1978. One-off
// changes (a jubilee, a coronation, the 2020 VE-day move) are exceptions: the shipped GOV.UK list
// and editors' additions supply them (see calendar.ts).

export interface ComputedHoliday {
  date: string // YYYY-MM-DD
  title: string // English name, for tests and editors; the calculator needs only the date
}

/**
 * Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, also called
 * Meeus/Jones/Butcher), as YYYY-MM-DD. Valid for any year from 1583.
 */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return formatIsoDate({ year, month, day })
}

const MONDAY = 1
const SATURDAY = 6
const SUNDAY = 0

function firstMonday(year: number, month: number): string {
  const first = formatIsoDate({ year, month, day: 1 })
  return addDays(first, (MONDAY - dayOfWeek(first) + 7) % 7)
}

function lastMonday(year: number, month: number): string {
  const last = addDays(
    formatIsoDate({ year: month === 12 ? year + 1 : year, month: (month % 12) + 1, day: 1 }),
    -1,
  )
  return addDays(last, -((dayOfWeek(last) - MONDAY + 7) % 7))
}

/** New Year's Day, or the Monday after when it falls at a weekend (1971 Act, Sch 1). */
function newYear(year: number): ComputedHoliday {
  const day = formatIsoDate({ year, month: 1, day: 1 })
  const dow = dayOfWeek(day)
  if (dow === SATURDAY) return { date: addDays(day, 2), title: "New Year's Day (substitute day)" }
  if (dow === SUNDAY) return { date: addDays(day, 1), title: "New Year's Day (substitute day)" }
  return { date: day, title: "New Year's Day" }
}

/**
 * Christmas Day and Boxing Day; a day that falls at a weekend is replaced by the next weekday
 * that is not already a holiday (Christmas on a Saturday: Monday 27 and Tuesday 28 December).
 */
function christmas(year: number): ComputedHoliday[] {
  const christmasDay = formatIsoDate({ year, month: 12, day: 25 })
  const substitute = (title: string) => `${title} (substitute day)`
  switch (dayOfWeek(christmasDay)) {
    case SATURDAY:
      return [
        { date: `${year}-12-27`, title: substitute('Christmas Day') },
        { date: `${year}-12-28`, title: substitute('Boxing Day') },
      ]
    case SUNDAY:
      return [
        { date: `${year}-12-26`, title: 'Boxing Day' },
        { date: `${year}-12-27`, title: substitute('Christmas Day') },
      ]
    case 5: // Friday: Boxing Day is a Saturday
      return [
        { date: christmasDay, title: 'Christmas Day' },
        { date: `${year}-12-28`, title: substitute('Boxing Day') },
      ]
    default:
      return [
        { date: christmasDay, title: 'Christmas Day' },
        { date: `${year}-12-26`, title: 'Boxing Day' },
      ]
  }
}

/**
 * The usual England and Wales bank holidays of one year (YYYY-MM-DD dates with English names), in
 * date order, from the rules in the header (Banking and Financial Dealings Act 1971 s1 and Sch 1;
 * Good Friday and Christmas Day by common law; substitute days and the early May Monday by royal
 * proclamation). One-off changes are not included. Throws RangeError for a year that is not a whole number from 1583.
 */
export function computeBankHolidays(year: number): ComputedHoliday[] {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`Not a Gregorian year: ${year}`)
  const easter = easterSunday(year)
  return [
    newYear(year),
    { date: addDays(easter, -2), title: 'Good Friday' },
    { date: addDays(easter, 1), title: 'Easter Monday' },
    { date: firstMonday(year, 5), title: 'Early May bank holiday' },
    { date: lastMonday(year, 5), title: 'Spring bank holiday' },
    { date: lastMonday(year, 8), title: 'Summer bank holiday' },
    ...christmas(year),
  ]
}
