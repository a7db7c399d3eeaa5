// A minimal iCalendar (RFC 5545) file of all-day events: enough for Outlook, Google and Apple
// calendars to import the deadlines. Pure, so it is tested without a server.

import { addDays, isIsoDate } from '@/lib/deadlines/isoDate'

export interface CalendarEvent {
  uid: string
  date: string // YYYY-MM-DD
  summary: string
  description: string
  /** Reminders (VALARM, RFC 5545 s3.6.6), each a whole number of days before, at 9am. */
  remindDaysBefore?: number[]
  /** The reminder's text (a DISPLAY alarm must have one); defaults to the summary. */
  reminderText?: string
}

// An all-day event starts at midnight, so "9am n days before" is n days less 9 hours earlier.
const trigger = (days: number) => {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`Whole days before: ${days}`)
  return days === 1 ? '-PT15H' : `-P${days - 1}DT15H`
}

const escapeText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

// Lines longer than 75 octets must be folded; count UTF-8 bytes, since Polish and Urdu text is
// multi-byte, and never split a character.
function fold(line: string): string {
  const parts: string[] = []
  let current = ''
  let bytes = 0
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8')
    const limit = parts.length === 0 ? 75 : 74 // continuation lines start with a space
    if (bytes + size > limit) {
      parts.push(current)
      current = ''
      bytes = 0
    }
    current += char
    bytes += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const compact = (iso: string) => iso.replace(/-/g, '')

// A real calendar day, or a RangeError: 2026-02-30 must not become 2 March in a family's calendar.
function realDay(iso: string): string {
  if (!isIsoDate(iso)) throw new RangeError(`Not a real calendar date (YYYY-MM-DD): ${iso}`)
  return iso
}

/**
 * The text of an iCalendar file (RFC 5545) with one all-day event per entry of `events`, under
 * the calendar name `calendarName`. Each event lasts its `date` (YYYY-MM-DD): DTSTART is that day
 * and DTEND the next (exclusive, s3.6.1); its reminders ring at 9am the given number of days
 * before. `now` is stamped on every event (DTSTAMP, in UTC). Text is escaped (s3.3.11), lines end
 * in CRLF and are folded at 75 bytes of UTF-8 (s3.1).
 *
 * Throws a RangeError when a `remindDaysBefore` entry is not a whole number of days of at least 1,
 * or an event's `date` is not a real calendar day in YYYY-MM-DD form (2026-02-30, 2026-13-01,
 * 2026-1-5 all throw; nothing is rolled into the next month). Callers pass dates computed by
 * lib/deadlines from input already checked (lib/deadlines/icsFile.ts answers 400 for bad input).
 */
export function buildIcs(events: CalendarEvent[], calendarName: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//SEND Local Offer//Deadline calculator//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(realDay(event.date))}`,
      `DTEND;VALUE=DATE:${compact(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
      ...(event.remindDaysBefore ?? []).flatMap((days) => [
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER;RELATED=START:${trigger(days)}`,
        `DESCRIPTION:${escapeText(event.reminderText ?? event.summary)}`,
        'END:VALARM',
      ]),
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ]
  return lines.map(fold).join('\r\n') + '\r\n'
}
