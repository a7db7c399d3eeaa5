import { parseQuery } from './query'

/**
 * The longest query (in UTF-8 bytes, after parseQuery's tidying) whose results page is kept in
 * the page cache: 96 bytes is 96 Latin letters or about 50 Urdu ones, more than people type.
 * Longer queries are rendered per request, so the key (and the cache file's name) stays short.
 */
export const CACHED_QUERY_MAX_BYTES = 96

/** The key of the search page with no query yet (the form alone). */
export const EMPTY_SEARCH_KEY = 'form'

const KEY_PREFIX = 'q-'
const QUERY_KEY = /^q-(?:[0-9a-f]{2})+$/

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

/**
 * The search page's query as one path segment, so proxy.ts can send `/{locale}/search?q=...` to
 * the page rendered once per query and kept in Next.js's page cache
 * (app/(frontend)/[locale]/search/results/[key]), purged with the `search` and `providers` tags.
 * Every spelling of the same query gets the same key: the first `q` tidied by parseQuery (spaces
 * collapsed, controls gone), in Unicode NFC, written as lower-case hex of its UTF-8 bytes (only
 * `[0-9a-f]`, so the key is the same on a case-insensitive disk and never needs escaping).
 *
 * Examples: no `q` -> `form`; `?q=%20%20Mediation%20` -> `q-4d6564696174696f6e`.
 *
 * @returns the key, or null for a query the page must answer per request: one parseQuery refuses
 *   (too short or too long; the page explains the error) or one longer than
 *   CACHED_QUERY_MAX_BYTES.
 */
export function searchPageKey(params: URLSearchParams): string | null {
  const parsed = parseQuery(params.get('q') ?? undefined)
  if (parsed.kind === 'none') return EMPTY_SEARCH_KEY
  if (parsed.kind === 'invalid') return null
  const bytes = new TextEncoder().encode(parsed.query.normalize('NFC'))
  return bytes.length <= CACHED_QUERY_MAX_BYTES ? KEY_PREFIX + hex(bytes) : null
}

/**
 * The query a key stands for, as the search page's `q`: undefined for the empty search page.
 * @returns null for a string searchPageKey never makes (not hex, not UTF-8, or not the tidy
 *   form of a query), which the cached page answers with its 404.
 */
export function searchKeyQuery(key: string): string | undefined | null {
  if (key === EMPTY_SEARCH_KEY) return undefined
  if (!QUERY_KEY.test(key) || key.length > KEY_PREFIX.length + 2 * CACHED_QUERY_MAX_BYTES) {
    return null
  }
  const pairs = key.slice(KEY_PREFIX.length).match(/../g)!
  let query: string
  try {
    query = new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(pairs, (pair) => parseInt(pair, 16)),
    )
  } catch {
    return null
  }
  return searchPageKey(new URLSearchParams({ q: query })) === key ? query : null
}
