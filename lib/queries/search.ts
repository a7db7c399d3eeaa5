import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'
import { spellingVariants } from '@/lib/search/query'

const LIMIT = 20

/** One result: its title, where it lives under the locale, and the text to quote from. */
export type SearchHit = { title: string; path: string; text: string }

/**
 * Every term somewhere in one of the fields (Payload's `like` matches all its words), in any of
 * the query's spellings (see spellingVariants).
 */
function anyField(fields: string[], query: string): Where {
  return {
    or: spellingVariants(query).flatMap((spelling) =>
      fields.map((field) => ({ [field]: { like: spelling } })),
    ),
  }
}

/** Published guides and shown providers in the reader's language that contain the query. */
export async function searchSite(
  locale: Locale,
  query: string,
): Promise<{ guides: SearchHit[]; providers: SearchHit[] }> {
  const payload = await getPayloadClient()
  const [pages, providers] = await Promise.all([
    payload.find({
      collection: 'pages',
      locale,
      where: anyField(['title', 'summary', 'searchText'], query),
      select: { title: true, summary: true, searchText: true, path: true },
      depth: 0,
      limit: LIMIT,
      sort: 'order',
      overrideAccess: false,
    }),
    payload.find({
      collection: 'providers',
      locale,
      where: {
        and: [{ status: { not_equals: 'inactive' } }, anyField(['name', 'description'], query)],
      },
      select: { name: true, description: true, slug: true },
      depth: 0,
      limit: LIMIT,
      sort: 'name',
      overrideAccess: false,
    }),
  ])
  return {
    // Every saved page has a path (pathFromBreadcrumbs); the guard only satisfies the type.
    guides: pages.docs.flatMap(({ title, path, summary, searchText }) =>
      path ? [{ title, path, text: [summary, searchText].filter(Boolean).join(' ') }] : [],
    ),
    providers: providers.docs.map((doc) => ({
      title: doc.name,
      path: `providers/${doc.slug}`,
      text: doc.description,
    })),
  }
}
