import { recordPurges, type Purge } from './purge'

type Entry = { tags: string[]; json: string }

// One store per test file (modules are per file), live between memoryReadCache() and stop().
const store = { active: false, entries: new Map<string, Entry>(), misses: 0 }

/**
 * Tests: an in-memory stand-in for Next.js's data cache, put in place of `next/cache` by the test
 * file itself, so production reads (lib/cache/read.ts) carry no test switch:
 *
 *     vi.mock('next/cache', async (importOriginal) => ({
 *       ...(await importOriginal<typeof import('next/cache')>()),
 *       ...(await import('@/lib/cache/memory')).memoryNextCache,
 *     }))
 *
 * Results are kept as JSON under the key parts, as Next.js keeps them, while memoryReadCache()
 * is running; otherwise every read reaches the database.
 */
export const memoryNextCache = {
  unstable_cache:
    <T>(read: () => Promise<T>, keyParts: string[] = [], { tags = [] }: { tags?: string[] } = {}) =>
    async (): Promise<T> => {
      if (!store.active) return read()
      const key = keyParts.join(' ')
      const hit = store.entries.get(key)
      if (hit) return JSON.parse(hit.json) as T
      store.misses++
      const value = await read()
      store.entries.set(key, { tags, json: JSON.stringify(value) })
      return JSON.parse(JSON.stringify(value)) as T
    },
}

/**
 * Tests: starts the in-memory data cache (memoryNextCache, empty), purged by tag exactly when the
 * CMS hooks purge (lib/cache/purge.ts), so a test can read through the real cached queries,
 * publish, and read again. `stop()` empties it and restores Next.js's purger; `misses` counts the
 * reads that reached the database.
 */
export function memoryReadCache(): {
  purges: Purge[]
  misses: () => number
  stop: () => void
} {
  store.entries.clear()
  store.misses = 0
  store.active = true
  const recorder = recordPurges((purge) => {
    for (const [key, entry] of store.entries) {
      if (entry.tags.some((tag) => purge.tags.includes(tag))) store.entries.delete(key)
    }
  })
  return {
    purges: recorder.purges,
    misses: () => store.misses,
    stop: () => {
      store.active = false
      store.entries.clear()
      recorder.stop()
    },
  }
}
