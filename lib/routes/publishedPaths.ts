/**
 * The published guides' paths, providers' slugs and councils' codes as proxy.ts sees them: fetched from this
 * server's own `/api/published-paths` (proxy.ts cannot reach Payload itself), kept for
 * PUBLISHED_PATHS_TTL_MS, and asked for once however many requests wait on it.
 *
 * The address comes from PORTAL_INTERNAL_ORIGIN, set by scripts/server.mjs (`npm start`, the
 * e2e server). Without it, or when the answer fails, callers get null and let the page decide.
 */

/** Where an old address goes (`to` a site path or https URL), chains already collapsed. */
export type RedirectTarget = { to: string; permanent: boolean }

/**
 * The header proxy.ts sends with this process's token (scripts/server.mjs sets PORTAL_PEER_TOKEN),
 * checked by lib/routes/internalRequest.ts.
 */
export const INTERNAL_TOKEN_HEADER = 'x-portal-internal'

export type PublishedPaths = {
  pages: Set<string>
  providers: Set<string>
  /** The councils' ONS codes (`E08000014`): the providers list caches one page per council. */
  councils: Set<string>
  /** By the old path with its locale, `/pl/old-page`. */
  redirects: Map<string, RedirectTarget>
}

/** How long a fetched list is used, in milliseconds: a publish is seen within this time. */
export const PUBLISHED_PATHS_TTL_MS = 1000
const FETCH_TIMEOUT_MS = 2000

type Fetcher = (url: string, init: RequestInit) => Promise<Response>

let cached: { at: number; value: PublishedPaths } | null = null
let pending: Promise<PublishedPaths | null> | null = null

const isTarget = (value: unknown): value is RedirectTarget =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as RedirectTarget).to === 'string' &&
  typeof (value as RedirectTarget).permanent === 'boolean'

/**
 * Parses the endpoint's JSON; throws TypeError unless it is `{pages: string[], providers:
 * string[], councils?: string[], redirects?: {[from]: {to: string, permanent: boolean}}}`.
 */
export function parsePublishedPaths(body: unknown): PublishedPaths {
  const {
    pages,
    providers,
    councils = [],
    redirects = {},
  } = (body ?? {}) as Record<string, unknown>
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string')
  if (!strings(pages) || !strings(providers) || !strings(councils)) {
    throw new TypeError('Unexpected published paths')
  }
  if (typeof redirects !== 'object' || !redirects) throw new TypeError('Unexpected redirects')
  const targets = Object.entries(redirects as Record<string, unknown>)
  if (!targets.every(([, target]) => isTarget(target))) throw new TypeError('Unexpected redirect')
  return {
    pages: new Set(pages as string[]),
    providers: new Set(providers as string[]),
    councils: new Set(councils as string[]),
    redirects: new Map(targets as [string, RedirectTarget][]),
  }
}

/**
 * The current lists, or null when they cannot be known (no internal origin, the endpoint
 * failed or timed out). Never throws.
 */
export async function publishedPaths(
  origin = process.env.PORTAL_INTERNAL_ORIGIN,
  fetcher: Fetcher = fetch,
  now = Date.now(),
): Promise<PublishedPaths | null> {
  if (!origin) return null
  if (cached && now - cached.at < PUBLISHED_PATHS_TTL_MS) return cached.value
  pending ??= (async () => {
    try {
      const response = await fetcher(`${origin}/api/published-paths`, {
        cache: 'no-store',
        headers: { [INTERNAL_TOKEN_HEADER]: process.env.PORTAL_PEER_TOKEN ?? '' },
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      })
      if (!response.ok) return null
      const value = parsePublishedPaths(await response.json())
      cached = { at: now, value }
      return value
    } catch {
      return null
    } finally {
      pending = null
    }
  })()
  return pending
}

/** Forgets the cached lists (tests). */
export function resetPublishedPaths(): void {
  cached = null
  pending = null
}
