import { describe, expect, it } from 'vitest'

import { getDefaultCalendar } from '@/lib/deadlines'

import { deadlinesIcs } from '@/lib/deadlines/icsFile'
import { buildIcs } from '@/lib/deadlines/ics'

const now = new Date('2026-03-05T10:20:30Z')

describe('buildIcs', () => {
  it('writes all-day events with escaped text and CRLF line ends', () => {
    const ics = buildIcs(
      [{ uid: 'a@x', date: '2026-12-31', summary: 'Appeal; last day', description: 'a,b\nc' }],
      'SEND deadlines',
      now,
    )
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n')
    expect(ics).toContain('SUMMARY:Appeal\\; last day\r\n')
    expect(ics).toContain('DESCRIPTION:a\\,b\\nc\r\n')
    expect(ics).toContain('DTSTAMP:20260305T102030Z')
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })

  it('folds long lines at 75 octets without splitting a character', () => {
    const summary = 'ٹریبونل'.repeat(20)
    const ics = buildIcs([{ uid: 'u', date: '2026-01-01', summary, description: '' }], 'x', now)
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(ics.replace(/\r\n /g, '')).toContain(`SUMMARY:${summary}`)
  })
})

describe('buildIcs: only real calendar days', () => {
  const one = (date: string) =>
    buildIcs([{ uid: 'u', date, summary: 's', description: '' }], 'x', now)

  it.each<[string, string | null]>([
    ['2026-02-28', '20260301'],
    ['2028-02-29', '20280301'], // a leap year
    ['2026-12-31', '20270101'],
    ['2026-04-30', '20260501'],
    // Impossible days: refused, never rolled into the next month.
    ['2026-02-29', null],
    ['2026-02-30', null],
    ['2100-02-29', null], // a century year that is not a leap year
    ['2026-04-31', null],
    ['2026-13-01', null],
    ['2026-00-10', null],
    ['2026-01-00', null],
    ['2026-1-5', null],
    ['05/01/2026', null],
    ['', null],
  ])('%s -> DTEND %s', (date, end) => {
    if (end) expect(one(date)).toContain(`DTEND;VALUE=DATE:${end}\r\n`)
    else expect(() => one(date)).toThrow(RangeError)
  })
})

describe('deadlinesIcs', () => {
  it('gives one event per deadline, in date order, in the chosen language', async () => {
    const params = new URLSearchParams('decision=2026-01-05&councilTold=2026-01-12&locale=pl')
    const result = await deadlinesIcs(params, getDefaultCalendar(), now)
    expect(result.status).toBe(200)
    if (result.status !== 200) return
    const starts = [...result.ics.matchAll(/DTSTART;VALUE=DATE:(\d+)/g)].map((m) => m[1])
    expect(starts).toEqual(['20260211', '20260216', '20260305', '20260305'])
    expect(result.ics).toContain('SUMMARY:Ostatni dzień na kontakt z doradcą ds. mediacji')
  })

  it('puts the appeal on its safe date with reminders a week and a day before, at 9am', async () => {
    const params = new URLSearchParams('decision=2027-05-31')
    const result = await deadlinesIcs(params, getDefaultCalendar(), now)
    if (result.status !== 200) throw new Error('expected a calendar')
    const unfolded = result.ics.replace(/\r\n /g, '')
    const events = unfolded.split('BEGIN:VEVENT').slice(1)
    const appeal = events.find((event) => event.includes('SUMMARY:Last day for the SEND Tribunal'))!
    expect(appeal).toContain('DTSTART;VALUE=DATE:20270730') // Fri 30 July, not 1 September
    expect(appeal).toContain('Monday\\, 2 August 2027') // the later reading, in the description
    expect(appeal).toContain('by 5pm')
    expect(appeal).toContain('late appeal')
    const triggers = [...appeal.matchAll(/TRIGGER;RELATED=START:(\S+)/g)].map((m) => m[1])
    expect(triggers).toEqual(['-P6DT15H', '-PT15H'])
    expect(appeal.match(/BEGIN:VALARM/g)).toHaveLength(2)
    expect(appeal).toContain('ACTION:DISPLAY')
    // The adviser contact is the family's too: Sat 31 July -> Fri 30 July, with reminders.
    const adviser = events.find((event) => event.includes('mediation adviser'))!
    expect(adviser).toContain('DTSTART;VALUE=DATE:20270730')
    expect(adviser.match(/BEGIN:VALARM/g)).toHaveLength(2)
  })

  it('gives no reminders for the council and adviser duties', async () => {
    const params = new URLSearchParams('councilTold=2026-01-12')
    const result = await deadlinesIcs(params, getDefaultCalendar(), now)
    if (result.status !== 200) throw new Error('expected a calendar')
    expect(result.ics).not.toContain('VALARM')
  })

  it.each([
    'decision=2026-02-30',
    'decision=2100-02-29',
    'councilTold=2026-04-31',
    'decision=2026-13-01',
    'decision=30%2F01%2F2026',
  ])('answers 400 for an impossible date, like the JSON API: %s', async (query) => {
    const result = await deadlinesIcs(new URLSearchParams(query), getDefaultCalendar())
    expect(result.status).toBe(400)
  })
})
