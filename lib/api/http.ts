import { NextResponse } from 'next/server'

// The answers are pure functions of the query (and rarely edited CMS text), so any cache may keep
// them for an hour; other councils' sites and apps may call the API from the browser.
export const PUBLIC_API_HEADERS = {
  'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
  'Access-Control-Allow-Origin': '*',
} as const

/**
 * What a browser may do with the open, read-only APIs from another site (Fetch standard, CORS
 * preflight): GET with the usual request headers; the answer to the preflight may be cached
 * for a day. Open Referral UK requires `Access-Control-Allow-Origin: *` on every response.
 */
export const CORS_PREFLIGHT_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept, Accept-Language',
  'Access-Control-Max-Age': '86400',
  Allow: 'GET, HEAD, OPTIONS',
} as const

/**
 * A JSON response of a public API: `body` serialised with `JSON.stringify`, the given HTTP
 * `status`, `PUBLIC_API_HEADERS` (cacheable for an hour, open to any origin) and, when `lang` is
 * given (a locale code such as "pl"), a `Content-Language` header naming the answer's language.
 * Throws a TypeError if `body` cannot be serialised (a BigInt or a cycle).
 */
export function apiJson(status: number, body: unknown, lang?: string): NextResponse {
  const headers: Record<string, string> = { ...PUBLIC_API_HEADERS }
  if (lang) headers['Content-Language'] = lang
  return NextResponse.json(body, { status, headers })
}

/** The `OPTIONS` handler of every public API route: 204 with the CORS headers above. */
export function corsPreflight(): Response {
  return new Response(null, { status: 204, headers: CORS_PREFLIGHT_HEADERS })
}
