import type { Payload } from 'payload'

import { defaultLocale, localeCodes, type Locale } from '@/i18n/locales'
import { ROUTE_IDS, type RouteId } from '@/lib/routeFinder'

import { en } from './routeTexts/en'
import { pl } from './routeTexts/pl'
import { ur } from './routeTexts/ur'

export type RouteText = { title: string; summary: string }
export type RouteTextSet = Record<RouteId, RouteText>

/** The starting texts of the route finder's answers; editors change them in the CMS. */
export const routeTextsSeed: Record<Locale, RouteTextSet> = { en, pl, ur }

const GUIDES = '/resolving-a-disagreement'
/** Locale-neutral links: the guide that explains each route, or the provider search. */
export const ROUTE_HREFS: Record<RouteId, string> = {
  'local-resolution': GUIDES,
  sendiass: '/providers',
  'disagreement-resolution': `${GUIDES}/disagreement-resolution`,
  mediation: `${GUIDES}/mediation`,
  'tribunal-appeal': `${GUIDES}/send-tribunal-appeals`,
  'extended-appeal': `${GUIDES}/extended-appeals`,
  'school-complaint': `${GUIDES}/complaints`,
  'council-complaint': `${GUIDES}/complaints`,
  'nhs-complaint': `${GUIDES}/complaints`,
  'childrens-social-care-complaint': `${GUIDES}/complaints`,
  'adult-social-care-complaint': `${GUIDES}/complaints`,
  'ombudsman-lgsco': `${GUIDES}/complaints`,
  'ombudsman-phso': `${GUIDES}/complaints`,
  'judicial-review': `${GUIDES}/complaints`,
  'discrimination-claim': `${GUIDES}/send-tribunal-appeals`,
  'request-assessment': `${GUIDES}/what-to-do-if`,
}

/** The seeded words and links for one language: what the CMS starts with, and falls back to. */
export function defaultRouteTexts(locale: Locale): Record<RouteId, RouteText & { href: string }> {
  const entries = ROUTE_IDS.map((id) => [
    id,
    { ...routeTextsSeed[locale][id], href: ROUTE_HREFS[id] },
  ])
  return Object.fromEntries(entries) as Record<RouteId, RouteText & { href: string }>
}

// Seed writes happen outside a Next.js request: nothing to revalidate.
const context = { disableRevalidate: true }

/**
 * Creates the texts of any route that has none yet, in every language (run by the seed on an
 * empty database only: a text an editor deleted stays deleted).
 */
export async function seedRouteTexts(payload: Payload): Promise<number> {
  const { docs } = await payload.find({
    collection: 'route-texts',
    select: { routeId: true },
    depth: 0,
    limit: ROUTE_IDS.length,
    pagination: false,
  })
  const existing = new Set(docs.map((doc) => doc.routeId))
  const missing = ROUTE_IDS.filter((routeId) => !existing.has(routeId))
  for (const routeId of missing) {
    const created = await payload.create({
      collection: 'route-texts',
      locale: defaultLocale,
      context,
      data: { routeId, ...routeTextsSeed[defaultLocale][routeId], href: ROUTE_HREFS[routeId] },
    })
    for (const locale of localeCodes.filter((code) => code !== defaultLocale)) {
      await payload.update({
        collection: 'route-texts',
        id: created.id,
        locale,
        context,
        data: routeTextsSeed[locale][routeId],
      })
    }
  }
  return missing.length
}
