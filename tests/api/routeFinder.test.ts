import { NextRequest } from 'next/server'
import { describe, expect, it, vi } from 'vitest'

import { defaultRouteTexts } from '@/lib/routeFinder/texts'
import type { Locale } from '@/i18n/locales'
import { appealTextKey } from '@/lib/routeFinder/api'
import {
  APPEAL_STATUSES,
  findRoutes,
  NOTE_SOURCES,
  ROUTE_NOTES,
  SITUATIONS,
  type RouteFinderInput,
} from '@/lib/routeFinder'
import en from '@/messages/en.json'
import pl from '@/messages/pl.json'
import ur from '@/messages/ur.json'

// Route texts come from the CMS; the seeded defaults stand in for it here.
const loadTexts = vi.fn(async (locale: Locale) => defaultRouteTexts(locale))
vi.mock('@/lib/routeFinder/texts/query', () => ({ getRouteTexts: loadTexts }))

const { GET } = await import('@/app/api/route-finder/route')

async function call(query: string) {
  const response = await GET(new NextRequest(`http://localhost/api/route-finder?${query}`))
  return { status: response.status, headers: response.headers, body: await response.json() }
}

describe('GET /api/route-finder', () => {
  it('lists the routes in order with titles, summaries, links and time limits', async () => {
    const { status, body, headers } = await call('about=refusal-to-assess')
    expect(status).toBe(200)
    expect(headers.get('access-control-allow-origin')).toBe('*')
    expect(body.certificateRequired).toBe(true)
    expect(body.routes.map((route: { id: string }) => route.id)).toEqual([
      'local-resolution',
      'sendiass',
      'disagreement-resolution',
      'mediation',
      'tribunal-appeal',
    ])
    expect(body.routes[4]).toEqual({
      id: 'tribunal-appeal',
      title: 'Appeal to the SEND Tribunal',
      summary: expect.stringContaining('independent tribunal'),
      href: '/en/resolving-a-disagreement/send-tribunal-appeals',
      deadline: expect.stringContaining('within 2 months'),
    })
    expect(body.routes[0]).not.toHaveProperty('deadline')
    expect(body.routes[3].deadline).toMatch(/contact the adviser/)
  })

  it.each([
    ['about=plan-contents&sections=I', false],
    ['about=plan-contents&sections=B,F', true],
    ['about=plan-contents&sections=G', null],
    ['about=disability-discrimination', false],
    ['about=plan-not-delivered&sections=F', null],
    ['about=health-service-refused', null],
  ])('%s: certificateRequired is %s', async (query, expected) => {
    const { status, body } = await call(query)
    expect(status).toBe(200)
    expect(body.certificateRequired).toBe(expected)
  })

  // HESC r20 with CFA s55(3): no certificate, so no "1 month after the certificate" for section I
  // only; every appeal's last day is "by 5pm" (HESC r12(1)).
  it.each([
    ['sections=I', 'en', false],
    ['sections=I', 'pl', false],
    ['sections=I', 'ur', false],
    ['sections=B,F', 'en', true],
    ['sections=B,F', 'pl', true],
    ['sections=B,F', 'ur', true],
    ['sections=B,I', 'en', true],
  ] as const)(
    'plan-contents&%s in %s: the certificate extension is offered: %s',
    async (sections, locale, extension) => {
      const { body } = await call(`about=plan-contents&${sections}&locale=${locale}`)
      const rf = { en, pl, ur }[locale].RouteFinder
      const appeal = body.deadlines.find((d: { id: string }) => d.id === 'appeal').text
      const route = body.routes.find((r: { id: string }) => r.id === 'tribunal-appeal').deadline
      expect(appeal).toBe(extension ? rf.deadlines.appeal : rf.deadlines.appealPlacementOnly)
      expect(route).toBe(
        rf.routeDeadlines[extension ? 'tribunal-appeal' : 'tribunal-appeal-placement-only'],
      )
      expect(appeal).toMatch(/5pm|17:00|5 بجے/)
      expect(route).toMatch(/5pm|17:00|5 بجے/)
    },
  )

  it('reads repeated and comma-separated sections alike', async () => {
    const repeated = await call('about=plan-contents&sections=B&sections=G')
    const commas = await call('about=plan-contents&sections=b,g')
    expect(repeated.body).toEqual(commas.body)
    expect(repeated.body.routes.map((r: { id: string }) => r.id)).toContain('extended-appeal')
  })

  it('uses the age for social care', async () => {
    const child = await call('about=social-care-assessment&age=12')
    const adult = await call('about=social-care-assessment&age=19')
    const ids = (body: { routes: { id: string }[] }) => body.routes.map((r) => r.id)
    expect(ids(child.body)).toContain('childrens-social-care-complaint')
    expect(ids(adult.body)).toContain('adult-social-care-complaint')
    expect(ids(adult.body)).not.toContain('childrens-social-care-complaint')
  })

  it('answers in Polish and Urdu with localized links', async () => {
    const pl = await call('about=cease-to-maintain&locale=pl')
    expect(pl.body.routes[4].title).toBe('Odwołanie do Trybunału SEND')
    expect(pl.body.routes[4].href).toBe('/pl/resolving-a-disagreement/send-tribunal-appeals')
    const ur = await call('about=cease-to-maintain&locale=ur')
    expect(ur.body.routes[1].href).toBe('/ur/providers')
    expect(ur.body.routes[4].title).toBe('SEND ٹربیونل میں اپیل کریں')
    expect(loadTexts).toHaveBeenCalledWith('ur')
  })

  it.each([
    ['', 'about', /about is required/],
    ['about=shouting', 'about', /about must be one of refusal-to-assess/],
    ['about=refusal-to-assess&about=plan-contents', 'about', /only one value/],
    ['about=plan-contents', 'sections', /sections is required/],
    ['about=plan-contents&sections=Z', 'sections', /plan sections from B, C, D/],
    ['about=refusal-to-assess&sections=B', 'sections', /only be given when/],
    ['about=social-care-assessment', 'age', /age is required/],
    ['about=refusal-to-assess&age=ten', 'age', /whole number/],
    ['about=refusal-to-assess&age=40', 'age', /between 0 and 25/],
    ['about=refusal-to-assess&locale=de', 'locale', /en, pl or ur/],
  ])('refuses %s with 400 on %s', async (query, field, message) => {
    const { status, body } = await call(query)
    expect(status).toBe(400)
    expect(body.errors).toContainEqual({ field, message: expect.stringMatching(message) })
  })

  it('"not sure": cannot tell yet, never "no appeal", with the 2-month caveat and the calculator', async () => {
    const { status, body } = await call('about=not-sure')
    expect(status).toBe(200)
    expect(body.appeal).toEqual({ status: 'unknown', text: en.RouteFinder.certificateUnknown })
    expect(body.appeal.text).not.toBe(en.RouteFinder.certificateNull)
    expect(body.notes).toContainEqual({
      id: 'council-letter-may-start-2-months',
      text: expect.stringContaining('2 months from the date it was sent'),
      legalBasis: 'Tribunal Procedure (HESC) Rules 2008, r20',
      href: '/en/deadline-calculator',
    })
    expect(body.deadlines.map((d: { id: string }) => d.id)).toEqual(['contactAdviser', 'appeal'])
    const plBody = (await call('about=not-sure&locale=pl')).body
    expect(plBody.appeal.text).toBe(pl.RouteFinder.certificateUnknown)
    expect(plBody.notes[0].href).toBe('/pl/deadline-calculator')
  })

  it.each([
    ['yes', 'available', true, 'tribunal-appeal'],
    ['assessing', 'not-yet', null, 'disagreement-resolution'],
    ['no', 'not-yet', null, 'request-assessment'],
  ])('health service refused, plan=%s: appeal %s', async (plan, appeal, certificate, route) => {
    const { status, body } = await call(`about=health-service-refused&plan=${plan}`)
    expect(status).toBe(200)
    expect(body.appeal.status).toBe(appeal)
    expect(body.certificateRequired).toBe(certificate)
    expect(body.routes.map((r: { id: string }) => r.id)).toContain(route)
    expect(body.notes.map((n: { id: string }) => n.id)).toContain(
      'therapy-can-be-special-educational-provision',
    )
  })

  it('council missed a time limit: complaint, ombudsman and judicial review with time limits', async () => {
    const { status, body } = await call('about=council-missed-time-limit&locale=ur')
    expect(status).toBe(200)
    expect(body.appeal.status).toBe('not-yet')
    expect(body.routes.map((r: { id: string }) => r.id)).toEqual([
      'local-resolution',
      'sendiass',
      'disagreement-resolution',
      'council-complaint',
      'ombudsman-lgsco',
      'judicial-review',
    ])
    expect(body.routes[4].deadline).toBe(ur.RouteFinder.routeDeadlines['ombudsman-lgsco'])
    expect(body.notes).toContainEqual({
      id: 'missed-time-limit-complaint-deadlines',
      text: ur.RouteFinder.notes['missed-time-limit-complaint-deadlines'],
      legalBasis: 'Local Government Act 1974, s26B; Civil Procedure Rules, r54.5(1)',
    })
  })

  // Other directories must keep every caveat: each note and deadline comes with its own text.
  const inputs: RouteFinderInput[] = [
    ...SITUATIONS.filter((about) => !['plan-contents', 'plan-not-delivered'].includes(about)).map(
      (about) => ({ about, age: 16 }),
    ),
    { about: 'not-sure' },
    { about: 'plan-contents', sections: ['I'] },
    { about: 'plan-contents', sections: ['C'] },
    { about: 'plan-not-delivered', sections: ['F', 'G', 'H1'] },
    { about: 'health-service-refused', plan: 'yes', age: 16, year11: 'finished' },
  ]
  const query = (input: RouteFinderInput) =>
    new URLSearchParams(
      Object.entries(input).map(([key, value]) => [key, [value].flat().join(',')]),
    ).toString()
  const MESSAGES = { en, pl, ur }
  it.each(inputs.flatMap((input) => (['en', 'pl', 'ur'] as const).map((l) => [input, l] as const)))(
    '%j in %s returns every note and deadline with its text',
    async (input, locale) => {
      const { status, body } = await call(`${query(input)}&locale=${locale}`)
      expect(status).toBe(200)
      const expected = findRoutes(input)
      const rf = MESSAGES[locale].RouteFinder
      expect(body.notes).toEqual(
        expected.notes.map((id) =>
          expect.objectContaining({ id, text: rf.notes[id], legalBasis: NOTE_SOURCES[id] }),
        ),
      )
      // Section I only needs no certificate (CFA s55(3)): its appeal sentence has no extension.
      const noCertificate =
        expected.appeal === 'available' && expected.certificateRequired === false
      expect(body.deadlines).toEqual(
        expected.deadlines.map((id) => ({
          id,
          text: rf.deadlines[id === 'appeal' && noCertificate ? 'appealPlacementOnly' : id],
        })),
      )
      expect(body.appeal.status).toBe(expected.appeal)
    },
  )

  it.each(['en', 'pl', 'ur'] as const)('%s has a text for every note and appeal answer', (l) => {
    const rf = MESSAGES[l].RouteFinder as unknown as Record<string, unknown>
    const notes = rf.notes as Record<string, string>
    for (const id of ROUTE_NOTES) expect(notes[id], id).toMatch(/\S/)
    for (const appeal of APPEAL_STATUSES) {
      for (const certificateRequired of [true, false, null]) {
        const key = appealTextKey({
          ...findRoutes({ about: 'not-sure' }),
          appeal,
          certificateRequired,
        })
        expect(rf[key], key).toMatch(/\S/)
      }
    }
  })

  it.each([
    ['about=health-service-refused&plan=maybe', 'plan', /one of yes, no, assessing/],
    ['about=refusal-to-assess&plan=yes', 'plan', /only be given when about is health/],
    ['about=refusal-to-issue&age=17&year11=not-finished', 'year11', /does not fit the age/],
    ['about=refusal-to-issue&year11=soon', 'year11', /finished, not-finished/],
  ])('refuses %s with 400 on %s', async (query, field, message) => {
    const { status, body } = await call(query)
    expect(status).toBe(400)
    expect(body.errors).toContainEqual({ field, message: expect.stringMatching(message) })
  })

  it('localizes error messages', async () => {
    const { body } = await call('about=shouting&locale=pl')
    expect(body.errors[0].message).toMatch(/musi mieć jedną z wartości/)
  })
})
