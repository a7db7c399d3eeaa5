import { NextRequest } from 'next/server'
import { describe, expect, it, vi } from 'vitest'

import { deadlinesIcs } from '@/lib/deadlines/icsFile'
import { getDefaultCalendar } from '@/lib/deadlines'

vi.mock('@/lib/deadlines/calendarQuery', () => ({ getCalendar: async () => getDefaultCalendar() }))

const { GET } = await import('@/app/api/deadlines/route')

async function call(query: string) {
  const response = await GET(new NextRequest(`http://localhost/api/deadlines?${query}`))
  return { status: response.status, headers: response.headers, body: await response.json() }
}

describe('GET /api/deadlines: the EHC process clocks', () => {
  it('answers a request date alone with the 6, 16 and 20 week duties in date order', async () => {
    const { status, body } = await call('request=2026-03-02')
    expect(status).toBe(200)
    expect(Object.keys(body.deadlines)).toEqual([
      'assessmentDecision',
      'noPlanDecision',
      'finalPlan',
    ])
    expect(body.deadlines.assessmentDecision).toEqual({
      date: '2026-04-13',
      title: 'The council must tell you whether it will carry out an assessment',
      actor: 'council',
      who: 'The council',
      rule: expect.stringMatching(/^Within 6 weeks of receiving your request/),
      legalBasis: 'SEND Regulations 2014, reg 5(1) (exceptions: reg 5(4))',
      adjusted: null,
      warnings: [],
      late: expect.stringMatching(/cannot appeal a delay/),
      lateLinks: {
        letters: '/en/letters/missed-time-limit',
        routeFinder: '/en/route-finder/age?about=council-missed-time-limit',
      },
    })
    // The missed-time-limit letter covers the 6 and 20 week limits only (lib/deadlines/lateHelp).
    expect(body.deadlines.finalPlan.lateLinks.letters).toBe('/en/letters/missed-time-limit')
    expect(body.deadlines.noPlanDecision.lateLinks.letters).toBeUndefined()
    expect(body.deadlines.finalPlan.date).toBe('2026-07-20')
  })

  it('keeps the appeal answer unchanged when EHC dates come with it', async () => {
    const alone = await call('decision=2026-03-02')
    const both = await call('decision=2026-03-02&draftPlan=2026-03-07')
    expect(both.status).toBe(200)
    expect(both.body.deadlines.appeal).toEqual(alone.body.deadlines.appeal)
    expect(both.body.deadlines.contactAdviser).toEqual(alone.body.deadlines.contactAdviser)
    expect(both.body.deadlines.draftComments).toMatchObject({
      date: '2026-03-20', // 15th day Saturday 21 March -> Friday 20
      actor: 'family',
      adjusted: expect.stringMatching(/Saturday, 21 March 2026.*Friday, 20 March 2026/),
    })
    expect(both.body.deadlines.draftComments.lateLinks).toEqual({})
  })

  it('headlines the safe date of a discrimination claim with the later reading beneath', async () => {
    const { body } = await call('discrimination=2026-03-01')
    expect(body.deadlines.discriminationClaim).toMatchObject({
      date: '2026-08-28',
      laterReading: { date: '2026-09-01', rule: expect.stringMatching(/not settled/) },
      legalBasis: expect.stringMatching(/Sch 17 para 4\(1\)/),
    })
  })

  it('warns that judicial review must be prompt and the council that its review was late', async () => {
    const { body } = await call(
      'unlawfulAct=2026-03-02&reviewMeeting=2026-03-02&amendmentNotice=2026-04-06',
    )
    expect(body.deadlines.judicialReview.warnings).toEqual([
      expect.stringMatching(/not made promptly/),
    ])
    expect(body.deadlines.amendedPlan).toMatchObject({
      date: '2026-06-01',
      warnings: [expect.stringMatching(/more than 4 weeks/)],
    })
  })

  it.each([
    ['request=2026-02-30', 'request', /must be a real date/],
    ['draftPlan=1999-12-31', 'draftPlan', /must be between/],
    ['request=2026-03-02&draftPlan=2026-03-01', 'draftPlan', /received the request/],
    ['reviewMeeting=2026-03-02&amendmentNotice=2026-03-01', 'amendmentNotice', /annual review/],
    ['decision=2026-02-30&request=2026-03-02', 'decision', /must be a real date/],
  ])('refuses %s with 400 on %s', async (query, field, message) => {
    const { status, body } = await call(query)
    expect(status).toBe(400)
    expect(body.errors).toContainEqual({ field, message: expect.stringMatching(message) })
  })

  it('answers in Polish and Urdu', async () => {
    const pl = await call('reviewMeeting=2026-03-02&locale=pl')
    expect(pl.body.deadlines.reviewDecision.rule).toMatch(/W ciągu 4 tygodni/)
    expect(pl.body.deadlines.reviewDecision.lateLinks.routeFinder).toMatch(/^\/pl\/route-finder/)
    const ur = await call('ombudsmanNoticed=2026-03-15&locale=ur')
    expect(ur.body.deadlines.ombudsman.date).toBe('2027-03-12')
    expect(ur.body.deadlines.ombudsman.who).toBe('آپ')
    const error = await call('request=x&locale=ur')
    expect(error.body.errors[0].message).toMatch(/^وہ تاریخ جب کونسل/)
  })
})

describe('deadlinesIcs: the EHC process clocks', () => {
  const now = new Date('2026-03-05T10:20:30Z')
  it('adds the clocks as events, with reminders only for the family own last days', async () => {
    const params = new URLSearchParams('request=2026-03-02&draftPlan=2026-06-01')
    const result = await deadlinesIcs(params, getDefaultCalendar(), now)
    if (result.status !== 200) throw new Error('expected a calendar')
    const events = result.ics.replace(/\r\n /g, '').split('BEGIN:VEVENT').slice(1)
    expect(events.map((event) => /DTSTART;VALUE=DATE:(\d+)/.exec(event)?.[1])).toEqual([
      '20260413',
      '20260615',
      '20260622',
      '20260720',
    ])
    const withAlarms = events.filter((event) => event.includes('BEGIN:VALARM'))
    expect(withAlarms).toHaveLength(1)
    expect(withAlarms[0]).toContain('SUMMARY:Last day to comment on the draft plan')
    expect(withAlarms[0]).toContain('reg 13(1)(a)')
  })
})
