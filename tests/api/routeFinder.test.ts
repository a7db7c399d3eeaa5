import { NextRequest } from 'next/server'
import { describe, expect, it, vi } from 'vitest'

import { defaultRouteTexts } from '@/content/routeTexts'
import type { Locale } from '@/i18n/locales'

// Route texts come from the CMS; the seeded defaults stand in for it here.
const loadTexts = vi.fn(async (locale: Locale) => defaultRouteTexts(locale))
vi.mock('@/lib/queries/routeTexts', () => ({ getRouteTexts: loadTexts }))

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

  it('localizes error messages', async () => {
    const { body } = await call('about=shouting&locale=pl')
    expect(body.errors[0].message).toMatch(/musi mieć jedną z wartości/)
  })
})
