import { describe, expect, it } from 'vitest'

import { getDefaultCalendar } from '@/lib/deadlines'

import { deadlinesIcs } from './deadlinesIcs'
import { buildIcs } from './ics'

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

describe('deadlinesIcs', () => {
  it('gives one event per deadline, in date order, in the chosen language', () => {
    const params = new URLSearchParams('decision=2026-01-05&councilTold=2026-01-12&locale=pl')
    const result = deadlinesIcs(params, getDefaultCalendar(), now)
    expect(result.status).toBe(200)
    if (result.status !== 200) return
    const starts = [...result.ics.matchAll(/DTSTART;VALUE=DATE:(\d+)/g)].map((m) => m[1])
    expect(starts).toEqual(['20260211', '20260216', '20260305', '20260305'])
    expect(result.ics).toContain('SUMMARY:Ostatni dzień na kontakt z doradcą ds. mediacji')
  })

  it('reports bad input like the JSON API', () => {
    const result = deadlinesIcs(new URLSearchParams('decision=2026-02-30'), getDefaultCalendar())
    expect(result.status).toBe(400)
  })
})
