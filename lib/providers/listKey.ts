import { readProviderQuery, type ProviderQuery } from './filter'
import { isProviderKind } from './options'

// A council code that fits in a key: `_` separates the parts, and ONS codes are letters and digits.
const KEY_COUNCIL = /^[A-Z0-9]{1,12}$/

/**
 * The providers list's filter as one path segment, so proxy.ts can send `/{locale}/providers?...`
 * to the page rendered once per filter and kept in Next.js's page cache
 * (app/(frontend)/[locale]/providers/list/[filter]), purged with the `providers` and `councils`
 * tags. Every query that shows the same list gets the same key: the query as the page reads it
 * (lib/providers/filter.ts readProviderQuery: the first council code, trimmed, upper case; the
 * known kinds, each once, in the site's order); anything else in the query is ignored, as the
 * page ignores it.
 *
 * Examples: `{}` -> `all`; `?kind=sendiass&council=e08000014&kind=mediation` ->
 * `c-E08000014_k-mediation_k-sendiass`.
 *
 * @param councils - the codes of the councils that exist (lib/routes/publishedPaths.ts), or null
 *   when they cannot be known
 * @returns the key, or null when the query names a council not in `councils` (or `councils` is
 *   null): such a query is left to the page rendered per request, which says there is no such
 *   council, so made-up codes cannot fill the page cache. Without a council, the keys are few
 *   (one per set of kinds) whatever the query.
 */
export function providerListKey(
  params: URLSearchParams,
  councils: ReadonlySet<string> | null,
): string | null {
  const query = readProviderQuery(params)
  if (query.councilCode && !councils?.has(query.councilCode)) return null
  return keyOf(query)
}

/** The key of a normalised query; null when its council code cannot be part of a key. */
function keyOf({ councilCode, kinds }: ProviderQuery): string | null {
  if (councilCode && !KEY_COUNCIL.test(councilCode)) return null
  const parts = [...(councilCode ? [`c-${councilCode}`] : []), ...kinds.map((kind) => `k-${kind}`)]
  return parts.length ? parts.join('_') : 'all'
}

/**
 * The query a key stands for, as the list page's searchParams (`council`, `kind`).
 * @returns null for a string providerListKey never makes.
 */
export function listKeyQuery(key: string): { council?: string; kind: string[] } | null {
  if (key === 'all') return { kind: [] }
  const query: { council?: string; kind: string[] } = { kind: [] }
  for (const part of key.split('_')) {
    const council = /^c-([A-Z0-9]{1,12})$/.exec(part)
    const kind = part.startsWith('k-') ? part.slice(2) : ''
    if (council && query.council === undefined && query.kind.length === 0) {
      query.council = council[1]
    } else if (isProviderKind(kind) && !query.kind.includes(kind)) {
      query.kind.push(kind)
    } else return null
  }
  return keyOf(readProviderQuery(query)) === key ? query : null
}
