import type { RateLimiter } from '@/lib/rateLimit'

/**
 * How many search results pages one server process lets into the page cache at once. Each query
 * there is a page kept until the next publish or for CACHED_SEARCH_PAGE_LIFETIME_MS; this bounds
 * what a stream of made-up queries can keep at about 1,000 x 60 KB per process and per day.
 * Queries beyond it are rendered per request (slower, still answered, still rate-limited).
 */
export const MAX_CACHED_SEARCH_PAGES = 1000

/**
 * How long a cached search page counts as let in, in milliseconds: a day, the cached page's
 * `revalidate` (app/(frontend)/[locale]/search/results/[key]). After it Next.js renders the page
 * again, which reads the database again, so the next reader asking for it pays one search, and
 * its place in MAX_CACHED_SEARCH_PAGES is freed.
 */
export const CACHED_SEARCH_PAGE_LIFETIME_MS = 24 * 60 * 60 * 1000

export type SearchAdmission = {
  /**
   * Whether the search page `pageKey` (`{locale}/{key}`, see searchPageKey) may be served from
   * the page cache for `client` (a clientKey). A page let in within the lifetime: yes, free. A
   * new (or expired) page: yes if there is room and the client's search allowance takes one
   * more search (rendering it reads the database once); otherwise no, and the caller renders the
   * page per request, which answers from the data cache or explains the limit.
   */
  admit(pageKey: string, client: string): Promise<boolean>
}

/**
 * The gate proxy.ts puts in front of the cached search results pages. It remembers the pages
 * it let in and when (at most `maxPages` within `lifetimeMs`, in this process's memory; a
 * restart starts again, and each instance counts its own), so that repeating a query costs the
 * reader nothing, as answers from the cache never did. `now` gives the time in milliseconds
 * (Date.now; tests pass their own clock).
 */
export function createSearchAdmission(
  limiter: RateLimiter,
  maxPages = MAX_CACHED_SEARCH_PAGES,
  lifetimeMs = CACHED_SEARCH_PAGE_LIFETIME_MS,
  now: () => number = Date.now,
): SearchAdmission {
  // Page key -> when it was let in; a Map keeps insertion order, so the oldest come first.
  const admitted = new Map<string, number>()
  const forgetExpired = (time: number) => {
    for (const [key, at] of admitted) {
      if (time - at < lifetimeMs) break
      admitted.delete(key)
    }
  }
  return {
    async admit(pageKey, client) {
      const time = now()
      forgetExpired(time)
      if (admitted.has(pageKey)) return true
      if (admitted.size >= maxPages) return false
      if (!(await limiter.take(client)).allowed) return false
      admitted.set(pageKey, time)
      return true
    },
  }
}
