import { AsyncLocalStorage } from 'node:async_hooks'

import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/read'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import { spellingVariants } from '@/lib/search/query'
import { providerPath } from '@/lib/routes/publicRoutes'

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
      path: providerPath(doc.slug),
      text: doc.description,
    })),
  }
}

type SearchResults = Awaited<ReturnType<typeof searchSite>>

// The rate limit of the request that missed the cache: only a query that reaches the database
// counts against the reader's allowance, so answers from the cache stay cheap for everyone.
const allowance = new AsyncLocalStorage<() => Promise<boolean>>()
const RATE_LIMITED = 'SEARCH_RATE_LIMITED'

const searchThroughCache = cachedRead(
  'search',
  // Any published page change purges `search`; any provider change `providers`.
  [CACHE_TAGS.search, CACHE_TAGS.providers],
  async (locale: Locale, query: string): Promise<SearchResults> => {
    const allowed = allowance.getStore()
    if (allowed && !(await allowed()))
      throw Object.assign(new Error(RATE_LIMITED), { code: RATE_LIMITED })
    return searchSite(locale, query)
  },
)

/**
 * searchSite from the data cache, keyed by locale and the query in Unicode NFC (give it
 * parseQuery's query: trimmed, spaces collapsed). Purged on any published change of a page or
 * provider. `allowed` (the reader's rate limit) is asked only when the query misses the cache
 * and would reach the database; when it says no, returns 'rateLimited' and caches nothing.
 */
export async function cachedSearch(
  locale: Locale,
  query: string,
  allowed: () => Promise<boolean>,
): Promise<SearchResults | 'rateLimited'> {
  try {
    return await allowance.run(allowed, () => searchThroughCache(locale, query.normalize('NFC')))
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === RATE_LIMITED) return 'rateLimited'
    throw error
  }
}
