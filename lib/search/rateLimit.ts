import type { RateLimiter } from '@/lib/rateLimit'
import { sharedRateLimiter } from '@/lib/sharedRateLimit'

/**
 * Searches one client may send to the database: a person never needs more than this, a script
 * soon does. Counted once per query new to the page cache (lib/search/pageAdmission.ts, in
 * proxy.ts) or, for a page rendered per request, when the data cache cannot answer it; a query
 * either cache already holds is free.
 */
export const SEARCH_RATE_LIMIT = { limit: 30, windowMs: 60 * 1000 }

// On globalThis: proxy.ts and the search page are bundled apart but run in one process, and
// without Redis they must count in the same memory, or a client would get the limit twice.
const LIMITER = Symbol.for('portal.search.rateLimiter')
type Holder = { [LIMITER]?: RateLimiter }

/** The search limit (lib/sharedRateLimit.ts: shared through Redis when REDIS_URL is set). */
export function searchRateLimiter(): RateLimiter {
  const holder = globalThis as Holder
  return (holder[LIMITER] ??= sharedRateLimiter('search', SEARCH_RATE_LIMIT))
}
