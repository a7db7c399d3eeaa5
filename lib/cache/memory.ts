import { recordPurges, type Purge } from './purge'
import { setReadStore } from './read'

/**
 * Tests: an in-memory stand-in for Next.js's data cache, purged by tag exactly when the CMS
 * hooks purge (lib/cache/purge.ts), so a test can read through the real cached queries, publish,
 * and read again. Results are stored as JSON, as Next.js stores them. `stop()` restores both
 * Next.js's cache and its purger; `misses` counts the reads that reached the database.
 */
export function memoryReadCache(): {
  purges: Purge[]
  misses: () => number
  stop: () => void
} {
  const entries = new Map<string, { tags: string[]; json: string }>()
  let misses = 0
  const recorder = recordPurges((purge) => {
    for (const [key, entry] of entries) {
      if (entry.tags.some((tag) => purge.tags.includes(tag))) entries.delete(key)
    }
  })
  setReadStore({
    read: async (key, tags, read) => {
      const hit = entries.get(key)
      if (hit) return JSON.parse(hit.json)
      misses++
      const value = await read()
      entries.set(key, { tags, json: JSON.stringify(value) })
      return JSON.parse(JSON.stringify(value))
    },
  })
  return {
    purges: recorder.purges,
    misses: () => misses,
    stop: () => {
      setReadStore(null)
      recorder.stop()
    },
  }
}
