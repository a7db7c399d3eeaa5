import { defaultRouteTexts } from '@/lib/routeFinder/texts'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/read'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import { ROUTE_IDS, type RouteId } from '@/lib/routeFinder'
import { currentHref } from '@/lib/redirects/query'

export type RouteTextEntry = { title: string; summary: string; href: string }
export type RouteTextMap = Record<RouteId, RouteTextEntry>

const loadFromCms = cachedRead('route-texts', [CACHE_TAGS.routeTexts], async (locale: Locale) => {
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
})

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
