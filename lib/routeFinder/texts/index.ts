import type { Locale } from '@/i18n/locales'
import { ROUTES } from '@/lib/routes/publicRoutes'

import { ROUTE_IDS, type RouteId } from '../types'
import { en } from './en'
import { pl } from './pl'
import type { RouteText, RouteTextSet } from './types'
import { ur } from './ur'

export type { RouteText, RouteTextSet } from './types'

/**
 * The route finder's answer texts as shipped: what the CMS is seeded with, and what a reader sees
 * for a route whose CMS text an editor deleted. Editors change them in the CMS.
 */
export const routeTextsSeed: Record<Locale, RouteTextSet> = { en, pl, ur }

const GUIDES = '/resolving-a-disagreement'
/** Locale-neutral links: the guide that explains each route, or the provider search. */
export const ROUTE_HREFS: Record<RouteId, string> = {
  'local-resolution': GUIDES,
  sendiass: `/${ROUTES.providers}`,
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
