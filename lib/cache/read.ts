import { unstable_cache } from 'next/cache'
import { cache } from 'react'

/**
 * Where cached reads keep their results outside Next.js: tests install one (memoryReadCache in
 * lib/cache/memory.ts) to prove a purge reaches the data. `read` runs on a miss only.
 */
export type ReadStore = {
  read: (key: string, tags: string[], read: () => Promise<unknown>) => Promise<unknown>
}

// On globalThis, like the purger (lib/cache/purge.ts): every copy of this module must see it.
const STORE = Symbol.for('portal.cache.readStore')
type Holder = { [STORE]?: ReadStore }

/** Tests: keep cached reads in `store` instead of Next.js's data cache; null restores it. */
export function setReadStore(store: ReadStore | null): void {
  if (store) (globalThis as Holder)[STORE] = store
  else delete (globalThis as Holder)[STORE]
}

/**
 * Wraps a public read in Next.js's data cache under tags, and in React's per-request cache.
 * `tags` may depend on the arguments (a page's own tag). Arguments must be JSON values: they are
 * part of the cache key. Results must be JSON values too (the cache stores them as JSON).
 * An error thrown by `read` is passed on and nothing is cached.
 *
 * Only for published content read without a user: drafts and previews bypass it.
 */
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  tags: readonly string[] | ((...args: Args) => string[]),
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return cache((...args: Args) => {
    const keyParts = [name, JSON.stringify(args)]
    const tagList = typeof tags === 'function' ? tags(...args) : [...tags]
    const store = (globalThis as Holder)[STORE]
    if (store)
      return store.read(keyParts.join(' '), tagList, () => read(...args)) as Promise<Result>
    return unstable_cache(() => read(...args), keyParts, { tags: tagList })()
  })
}
