import { readFileSync } from 'node:fs'
import path from 'node:path'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

const buildIds = new Map<string, string>()

/**
 * The id of the Next.js build serving this process (`<NEXT_DIST_DIR or .next>/BUILD_ID`, read
 * once per folder), or '' outside Next.js's server bundles (no `runtime`, as in tests) or when
 * there is no such file. Every data-cache key starts with it, so a new build never reads what
 * an older one cached: Next.js keeps the data cache (`.next/cache/fetch-cache`, or Redis) across
 * builds, while a data migration or a freshly seeded database ships with a new build and writes
 * without purging (it runs outside Next.js). Instances of one build share their entries.
 */
export function buildScope(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
  // Written out in full so Next.js's compiler puts in its value ('nodejs'): it is not set in
  // the server's environment at run time.
  runtime = process.env.NEXT_RUNTIME,
): string {
  if (!runtime) return ''
  const file = path.join(cwd, env.NEXT_DIST_DIR || '.next', 'BUILD_ID')
  let id = buildIds.get(file)
  if (id === undefined) {
    try {
      id = readFileSync(file, 'utf8').trim()
    } catch {
      id = ''
    }
    buildIds.set(file, id)
  }
  return id
}

/**
 * Wraps a public read in Next.js's data cache under tags, and in React's per-request cache.
 * `tags` may depend on the arguments (a page's own tag). Arguments must be JSON values: they are
 * part of the cache key. Results must be JSON values too (the cache stores them as JSON).
 * An error thrown by `read` is passed on and nothing is cached.
 *
 * The key is the build (buildScope), `name` and the arguments.
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
    const scope = buildScope()
    const keyParts = scope ? [scope, name, JSON.stringify(args)] : [name, JSON.stringify(args)]
    const tagList = typeof tags === 'function' ? tags(...args) : [...tags]
    return unstable_cache(() => read(...args), keyParts, { tags: tagList })()
  })
}
