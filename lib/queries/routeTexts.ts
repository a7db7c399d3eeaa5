import { unstable_cache } from 'next/cache'

import { defaultRouteTexts } from '@/content/routeTexts'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'
import { ROUTE_IDS, type RouteId } from '@/lib/routeFinder'
import { ROUTE_TEXTS_TAG } from '@/lib/cacheTags'
import { currentHref } from '@/lib/redirects/query'

export type RouteTextEntry = { title: string; summary: string; href: string }
export type RouteTextMap = Record<RouteId, RouteTextEntry>

const loadFromCms = unstable_cache(
  async (locale: Locale) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'route-texts',
      locale,
      fallbackLocale: defaultLocale,
      depth: 0,
      limit: ROUTE_IDS.length,
      pagination: false,
      overrideAccess: false,
    })
    return docs.map(({ routeId, title, summary, href }) => ({ routeId, title, summary, href }))
  },
  ['route-texts'],
  { tags: [ROUTE_TEXTS_TAG] },
)

/**
 * Every route's words in the reader's language: the CMS text where an editor wrote one, else the
 * seeded default, so a deleted row never leaves a gap in the answer. Links are stored as paths;
 * a path a renamed guide has left is replaced by the guide's current one (its redirect).
 */
export async function getRouteTexts(locale: Locale): Promise<RouteTextMap> {
  const rows = await loadFromCms(locale)
  const texts = defaultRouteTexts(locale)
  for (const row of rows) {
    const fallback = texts[row.routeId]
    texts[row.routeId] = {
      title: row.title || fallback.title,
      summary: row.summary || fallback.summary,
      href: row.href || fallback.href,
    }
  }
  for (const entry of Object.values(texts)) entry.href = await currentHref(locale, entry.href)
  return texts
}
