import { unstable_cache } from 'next/cache'
import { cache } from 'react'

/**
 * Wraps a public read in Next.js's data cache under tags, and in React's per-request cache.
 * `tags` may depend on the arguments (a page's own tag). Arguments must be JSON values: they are
 * part of the cache key. Results must be JSON values too (the cache stores them as JSON).
 * An error thrown by `read` is passed on and nothing is cached.
 *
 * Only for published content read without a user: drafts and previews bypass it. Tests that need
 * the cache put lib/cache/memory.ts in place of `next/cache` (vi.mock); nothing here switches.
 */
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  tags: readonly string[] | ((...args: Args) => string[]),
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return cache((...args: Args) => {
    const keyParts = [name, JSON.stringify(args)]
    const tagList = typeof tags === 'function' ? tags(...args) : [...tags]
    return unstable_cache(() => read(...args), keyParts, { tags: tagList })()
  })
}
