import type { RequestContext } from 'payload'

/** What one content change makes stale: cache tags (CACHE_TAGS, pageTag) and public paths. */
export type Purge = { tags: string[]; paths: string[] }

/** Carries out a purge; the default one asks Next.js, a test's recorder only counts. */
export type Purger = (purge: Purge) => void | Promise<void>

// On globalThis: Next.js may load this module more than once (route handlers, server
// components), and a recorder installed by a test must see purges from every copy.
const PURGER = Symbol.for('portal.cache.purger')
type Holder = { [PURGER]?: Purger }

let warned = false

/**
 * Next.js's own revalidation. Tags expire at once ({ expire: 0 }) rather than 'max', which would
 * serve the old version once more: editors expect the next reader to see their change. Outside a
 * Next.js request (a script, a job run by a timer) there is no cache in reach: say so once.
 */
const nextPurger: Purger = async ({ tags, paths }) => {
  const { revalidatePath, revalidateTag } = await import('next/cache')
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    for (const path of paths) revalidatePath(path)
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes('static generation store missing')) {
      throw error
    }
    if (!warned) {
      warned = true
      console.warn(
        'Cache not purged: content changed outside a Next.js request. Run jobs through /api/payload-jobs/run (scripts/server.mjs does) so scheduled changes reach readers.',
      )
    }
  }
}

/**
 * Purges the given tags and paths (deduplicated), unless the write is marked
 * `context.disableRevalidate` (the seed: nothing is cached yet). Returns what was purged.
 */
export async function purge(
  { tags = [], paths = [] }: Partial<Purge>,
  context: RequestContext,
): Promise<Purge | null> {
  if (context.disableRevalidate) return null
  const unique: Purge = { tags: [...new Set(tags)], paths: [...new Set(paths)] }
  if (unique.tags.length === 0 && unique.paths.length === 0) return null
  await ((globalThis as Holder)[PURGER] ?? nextPurger)(unique)
  return unique
}

/**
 * Tests: records every purge instead of calling Next.js (and hands it to `onPurge`, if given).
 * `stop()` restores Next.js's purger.
 * Each entry is one content change; count `tags.length + paths.length` for the purges it made.
 */
export function recordPurges(onPurge?: (purge: Purge) => void): {
  purges: Purge[]
  clear: () => void
  stop: () => void
} {
  const purges: Purge[] = []
  ;(globalThis as Holder)[PURGER] = (purge) => {
    purges.push(purge)
    onPurge?.(purge)
  }
  return {
    purges,
    clear: () => purges.splice(0, purges.length),
    stop: () => {
      delete (globalThis as Holder)[PURGER]
    },
  }
}
