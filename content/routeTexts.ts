import type { Payload } from 'payload'

import { defaultLocale, localeCodes } from '@/i18n/locales'
import { ROUTE_IDS } from '@/lib/routeFinder'
import { ROUTE_HREFS, routeTextsSeed } from '@/lib/routeFinder/texts'

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
