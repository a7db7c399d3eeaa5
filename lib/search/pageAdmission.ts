import type { RateLimiter } from '@/lib/rateLimit'

/**
 * How many search results pages one server process lets into the page cache. Each query there
 * is a page kept until the next publish (or a day, see the cached page's `revalidate`); this
 * bounds what a stream of made-up queries can store at about 1,000 x 60 KB per process. Queries
 * beyond it are rendered per request (slower, still answered, still rate-limited).
 */
export const MAX_CACHED_SEARCH_PAGES = 1000

export type SearchAdmission = {
  /**
   * Whether the search page `pageKey` (`{locale}/{key}`, see searchPageKey) may be served from
   * the page cache for `client` (a clientKey). A page already let in: yes, free. A new page: yes
   * if there is room and the client's search allowance takes one more search (rendering it reads
   * the database once); otherwise no, and the caller renders the page per request, which answers
   * from the data cache or explains the limit.
   */
  admit(pageKey: string, client: string): Promise<boolean>
}

/**
 * The gate proxy.ts puts in front of the cached search results pages. It remembers the pages
 * it let in (at most `maxPages`, in this process's memory; a restart starts again, and each
 * instance counts its own), so that repeating a query costs the reader nothing, as answers
 * from the cache never did.
 */
export function createSearchAdmission(
  limiter: RateLimiter,
  maxPages = MAX_CACHED_SEARCH_PAGES,
): SearchAdmission {
  const admitted = new Set<string>()
  return {
    async admit(pageKey, client) {
      if (admitted.has(pageKey)) return true
      if (admitted.size >= maxPages) return false
      if (!(await limiter.take(client)).allowed) return false
      admitted.add(pageKey)
      return true
    },
  }
}
