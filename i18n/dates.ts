import { createFormatter, type Formats } from 'use-intl/core'

import { intlLocale, TIME_ZONE, type Locale } from './locales'

/**
 * The portal's named date formats, the only ones it shows dates in:
 * - `date`: "30 November 2026" (guides, providers, reviews, "You said, we did");
 * - `weekdayDate`: "Monday, 30 November 2026" (deadlines, where the day of the week matters);
 * - `dateTime`: "30 November 2026 at 14:05" (staff notices).
 * Shared with next-intl's request config (i18n/request.ts), so `format.dateTime(d, 'date')` in a
 * component gives the same text.
 */
export const formats = {
  dateTime: {
    date: { day: 'numeric', month: 'long', year: 'numeric' },
    weekdayDate: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    dateTime: {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    },
  },
} satisfies Formats

export type DateFormat = keyof typeof formats.dateTime

const formatters = new Map<Locale, ReturnType<typeof createFormatter>>()

/** next-intl's formatter for a locale: its Intl tag (en-GB for English), England's time zone. */
function formatterFor(locale: Locale) {
  let formatter = formatters.get(locale)
  if (!formatter) {
    // next-intl types `locale` as the routing locales (global.d.ts); Intl wants the full tag.
    const intl = intlLocale(locale) as Locale
    formatter = createFormatter({ locale: intl, timeZone: TIME_ZONE, formats })
    formatters.set(locale, formatter)
  }
  return formatter
}

/**
 * A date in words in the reader's language, in England's time zone.
 * `value`: a calendar date "YYYY-MM-DD" (shown as that same day, whatever the server's zone), an
 * ISO timestamp or a Date. Throws RangeError for a value that is not a date.
 */
export function formatDate(value: string | Date, locale: Locale, format: DateFormat = 'date') {
  // Noon UTC is the same calendar day in England (UTC+0 or UTC+1) all year.
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T12:00:00Z`)
      : new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`)
  return formatterFor(locale).dateTime(date, format)
}

const ENGLAND_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * The calendar day in England ("YYYY-MM-DD") of an instant: an ISO timestamp or a Date.
 * Throws RangeError for a value that is not a date.
 */
export function dayInEngland(instant: string | Date): string {
  return ENGLAND_DAY.format(typeof instant === 'string' ? new Date(instant) : instant)
}

/** Today's calendar date in England, "YYYY-MM-DD" (the server may run in another zone). */
export function todayInEngland(now: Date = new Date()): string {
  return dayInEngland(now)
}
