import { NextRequest } from 'next/server'
import { describe, expect, it, vi } from 'vitest'

import { getDefaultCalendar } from '@/lib/deadlines'

// The handler's only data source is the calendar (file plus editor dates); give it the file's.
vi.mock('@/lib/deadlines/calendarQuery', () => ({ getCalendar: async () => getDefaultCalendar() }))

const { GET } = await import('@/app/api/deadlines/route')

async function call(query: string) {
  const response = await GET(new NextRequest(`http://localhost/api/deadlines?${query}`))
  return { status: response.status, headers: response.headers, body: await response.json() }
}

describe('GET /api/deadlines', () => {
  it('answers a decision date with the adviser and appeal deadlines, in plain words', async () => {
    const { status, body, headers } = await call('decision=2026-03-02')
    expect(status).toBe(200)
    expect(headers.get('access-control-allow-origin')).toBe('*')
    expect(headers.get('cache-control')).toMatch(/public, max-age=3600/)
    expect(Object.keys(body.deadlines)).toEqual(['contactAdviser', 'appeal'])
    expect(body.deadlines.appeal).toEqual({
      date: '2026-05-05',
      rule: '2 months after the date the decision letter was sent. The Tribunal must receive your appeal by 5pm on the last day.',
      legalBasis: 'HESC Rules 2008, rules 12(1), 12(2) and 20(1); CFA 2014, s51',
      adjusted: expect.stringMatching(/Saturday, 2 May 2026.*not a working day/),
      warnings: [expect.stringMatching(/not given a certificate date/)],
      lateAppeal: expect.stringMatching(/late appeal.*explain/),
    })
    // Reg 33 is never rolled forward: Saturday 2 May -> Friday 1 May.
    expect(body.deadlines.contactAdviser.date).toBe('2026-05-01')
    expect(body.deadlines.contactAdviser.adjusted).toMatch(/Friday, 1 May 2026/)
    expect(body.deadlines.contactAdviser).not.toHaveProperty('laterReading')
  })

  it('reads the calculator page’s own address (three boxes) as the ISO date', async () => {
    // One URL reader for page and API (lib/forms/dateInput.ts dateParam).
    const boxes = await call('decision-day=2&decision-month=3&decision-year=2026')
    const iso = await call('decision=2026-03-02')
    expect(boxes.status).toBe(200)
    expect(boxes.body).toEqual(iso.body)
  })

  // Facts, section 8: headline the safe date; the later reading only beneath it.
  it.each([
    ['decision=2027-05-31', '2027-07-30', '2027-08-02', /Wednesday, 1 September 2027/],
    ['decision=2022-10-24', '2022-12-23', '2022-12-28', /Tuesday, 3 January 2023/],
  ])('%s headlines the safe date %s; may be later: %s', async (query, safe, later, then) => {
    const { status, body } = await call(query)
    expect(status).toBe(200)
    expect(body.deadlines.appeal.date).toBe(safe)
    expect(body.deadlines.appeal.laterReading).toEqual({
      date: later,
      rule: expect.stringMatching(then),
    })
    expect(body.deadlines.appeal.laterReading.rule).toMatch(/SENDIASS/)
    expect(body.deadlines.appeal.adjusted).toMatch(/working day before/)
  })

  it('settles a nominal date in the Christmas period with no later reading', async () => {
    const { body } = await call('decision=2029-10-30')
    expect(body.deadlines.appeal.date).toBe('2030-01-02')
    expect(body.deadlines.appeal).not.toHaveProperty('laterReading')
  })

  it('works for a decision sent in 2031 (bank holidays computed)', async () => {
    const { status, body } = await call('decision=2031-02-11')
    expect(status).toBe(200)
    expect(body.deadlines.appeal.date).toBe('2031-04-15') // Good Friday to Tuesday after Easter
  })

  it('gives 2 months and no certificate extension for an appeal about section I only', async () => {
    const { status, body } = await call(
      'decision=2026-01-13&certificate=2026-03-10&appealAbout=placement-only',
    )
    expect(status).toBe(200)
    expect(Object.keys(body.deadlines)).toEqual(['appeal'])
    expect(body.deadlines.appeal.date).toBe('2026-03-13')
    expect(body.deadlines.appeal.rule).toMatch(
      /only about the school or college named in section I/,
    )
    expect(body.deadlines.appeal.legalBasis).toMatch(/s55\(3\)/)
    expect(body.deadlines.appeal.warnings).toEqual([
      expect.stringMatching(/does not give you more time/),
    ])
  })

  it('moves an August appeal deadline to September and says why', async () => {
    const { body } = await call('decision=2026-06-10&certificate=2026-06-20')
    expect(body.deadlines.appeal.date).toBe('2026-09-01')
    expect(body.deadlines.appeal.adjusted).toMatch(/in August/)
    expect(body.deadlines.appeal.warnings).toEqual([])
  })

  it('uses the certificate when it gives the later appeal date', async () => {
    const { body } = await call('decision=2026-01-05&certificate=2026-03-02')
    expect(body.deadlines.appeal.date).toBe('2026-04-02')
    expect(body.deadlines.appeal.rule).toMatch(/1 month after the mediation certificate/)
  })

  it('gives every deadline the inputs allow, with the mediation follow-up', async () => {
    const { status, body } = await call(
      'decision=2026-01-05&adviserTold=2026-01-20&councilTold=2026-01-12&mediationEnded=2026-02-03',
    )
    expect(status).toBe(200)
    expect(Object.keys(body.deadlines)).toEqual([
      'contactAdviser',
      'mediation',
      'certificate',
      'appeal',
    ])
    expect(body.deadlines.mediation.date).toBe('2026-02-11')
    expect(body.deadlines.mediation.followUp.date).toBe('2026-02-16')
    expect(body.deadlines.certificate.date).toBe('2026-02-06')
  })

  it('treats blank parameters as absent', async () => {
    const { status, body } = await call('decision=2026-03-02&certificate=&adviserTold=%20')
    expect(status).toBe(200)
    expect(Object.keys(body.deadlines)).toEqual(['contactAdviser', 'appeal'])
  })

  it.each([
    ['decision=2026-02-30', 'decision', /must be a real date/],
    ['decision=next%20tuesday', 'decision', /YYYY-MM-DD/],
    ['decision=2026-3-2', 'decision', /must be a real date/],
    // The page's three boxes, filled in part or making no real date: refused, never ignored.
    ['decision-day=31&decision-month=4&decision-year=2026', 'decision', /real date|YYYY-MM-DD/],
    ['decision-day=2&decision-month=3', 'decision', /real date|YYYY-MM-DD/],
    [
      'decision=2026-03-02&certificate-day=31&certificate-month=4&certificate-year=2026',
      'certificate',
      /real date|YYYY-MM-DD/,
    ],
    ['', 'decision', /at least one date/],
    ['decision=&certificate=', 'decision', /at least one date/],
    ['decision=2026-03-02&certificate=2026-03-01', 'certificate', /same as or after/],
    ['certificate=2026-03-01', 'certificate', /together with the date of the decision/],
    ['councilTold=2026-03-10&mediationEnded=2026-03-01', 'mediationEnded', /told the council/],
    [
      'decision=1999-01-04',
      'decision',
      /between Saturday, 1 January 2000 and Friday, 31 December 2100/,
    ],
    ['decision=2206-03-02', 'decision', /must be between/],
    ['decision=2026-03-02&appealAbout=school', 'appealAbout', /"any" or "placement-only"/],
    ['decision=2026-03-02&locale=fr', 'locale', /en, pl or ur/],
  ])('refuses %s with 400 on %s', async (query, field, message) => {
    const { status, body, headers } = await call(query)
    expect(status).toBe(400)
    expect(headers.get('access-control-allow-origin')).toBe('*')
    expect(body.errors).toContainEqual({ field, message: expect.stringMatching(message) })
  })

  it('explains in Polish and Urdu when asked', async () => {
    const pl = await call('decision=2026-03-02&locale=pl')
    expect(pl.headers.get('content-language')).toBe('pl')
    expect(pl.body.deadlines.appeal.rule).toMatch(/^2 miesiące od daty wysłania pisma z decyzją\./)
    expect(pl.body.deadlines.appeal.rule).toMatch(/17:00/)
    expect(pl.body.deadlines.appeal.adjusted).toMatch(/sobota, 2 maja 2026/)
    const ur = await call('decision=2026-03-02&locale=ur')
    expect(ur.body.deadlines.appeal.rule).toMatch(/فیصلے کا خط/)
    const later = await call('decision=2027-05-31&locale=ur')
    expect(later.body.deadlines.appeal.laterReading.rule).toMatch(/SENDIASS/)
    expect(later.body.deadlines.appeal.laterReading.rule).toMatch(/اگست/)
    const error = await call('decision=2026-02-30&locale=ur')
    expect(error.body.errors[0].message).toMatch(/^فیصلے کے خط کی تاریخ/)
  })
})
