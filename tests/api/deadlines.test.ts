import { NextRequest } from 'next/server'
import { describe, expect, it, vi } from 'vitest'

import { getDefaultCalendar } from '@/lib/deadlines'

// The handler's only data source is the calendar (file plus editor dates); give it the file's.
vi.mock('@/lib/queries/calendar', () => ({ getCalendar: async () => getDefaultCalendar() }))

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
      rule: '2 months after the date the decision letter was sent.',
      legalBasis: 'HESC Rules 2008, rules 12 and 20; CFA 2014, s51',
      adjusted: expect.stringMatching(/Saturday, 2 May 2026.*not a working day/),
      warnings: [expect.stringMatching(/not given a certificate date/)],
    })
    expect(body.deadlines.contactAdviser.date).toBe('2026-05-02')
    expect(body.deadlines.contactAdviser.adjusted).toBeNull()
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
    ['', 'decision', /at least one date/],
    ['decision=&certificate=', 'decision', /at least one date/],
    ['decision=2026-03-02&certificate=2026-03-01', 'certificate', /same as or after/],
    ['certificate=2026-03-01', 'certificate', /together with the date of the decision/],
    ['councilTold=2026-03-10&mediationEnded=2026-03-01', 'mediationEnded', /told the council/],
    ['decision=1999-01-04', 'decision', /outside the dates.*1 January 2018/],
    ['decision=2028-12-01', 'decision', /outside the dates we can work out/],
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
    expect(pl.body.deadlines.appeal.rule).toBe('2 miesiące od daty wysłania pisma z decyzją.')
    expect(pl.body.deadlines.appeal.adjusted).toMatch(/sobota, 2 maja 2026/)
    const ur = await call('decision=2026-03-02&locale=ur')
    expect(ur.body.deadlines.appeal.rule).toMatch(/فیصلے کا خط/)
    const error = await call('decision=2026-02-30&locale=ur')
    expect(error.body.errors[0].message).toMatch(/^فیصلے کے خط کی تاریخ/)
  })
})
