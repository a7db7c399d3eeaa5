import { PROVIDER_KINDS, isProviderKind } from './options'

/**
 * The providers list's filter as one path segment, so proxy.ts can send `/{locale}/providers?...`
 * to the page rendered once per filter and kept in Next.js's page cache
 * (app/(frontend)/[locale]/providers/list/[filter]), purged with the `providers` and `councils`
 * tags. Every query that shows the same list gets the same key: the council code as the page
 * reads it (first value, trimmed, upper case), and the known kinds, each once, in the site's
 * order; anything else in the query is ignored, as the page ignores it.
 *
 * Examples: `{}` -> `all`; `?kind=sendiass&council=e08000014&kind=mediation` ->
 * `c-E08000014_k-mediation_k-sendiass`.
 *
 * @returns the key, or null when the council code is not a plausible code (letters and digits,
 *   at most 12): such a query is left to the page rendered per request, which explains the error,
 *   so random text cannot fill the page cache.
 */
export function providerListKey(params: URLSearchParams): string | null {
  const council = (params.get('council') ?? '').trim().toUpperCase()
  if (council && !/^[A-Z0-9]{1,12}$/.test(council)) return null
  const asked = new Set(params.getAll('kind').filter(isProviderKind))
  const kinds = PROVIDER_KINDS.filter((kind) => asked.has(kind))
  const parts = [...(council ? [`c-${council}`] : []), ...kinds.map((kind) => `k-${kind}`)]
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
  return providerListKey(toParams(query)) === key ? query : null
}

function toParams(query: { council?: string; kind: string[] }): URLSearchParams {
  const params = new URLSearchParams()
  if (query.council) params.set('council', query.council)
  for (const kind of query.kind) params.append('kind', kind)
  return params
}
