import createMiddleware from 'next-intl/middleware'
import { NextRequest, NextResponse } from 'next/server'

import { isLocale } from '@/i18n/locales'
import { negotiateLocale } from '@/i18n/negotiate'
import { routing } from '@/i18n/routing'
import { refuseBadPost } from '@/lib/http/actionGuard'
import { STATUS_OVERRIDE_HEADER } from '@/lib/http/statusOverride'
import { checkAddress } from '@/lib/routes/checkAddress'
import {
  CACHED_PAGE_PREFIXES,
  classifyPath,
  isCachedPagePath,
  NOT_FOUND_PAGE_PATH,
  ROUTES,
} from '@/lib/routes/publicRoutes'
import { publishedPaths } from '@/lib/routes/publishedPaths'
import { providerListKey } from '@/lib/providers/listKey'
import { clientKey } from '@/lib/clientAddress'
import { createSearchAdmission } from '@/lib/search/pageAdmission'
import { EMPTY_SEARCH_KEY, searchPageKey } from '@/lib/search/pageKey'
import { searchRateLimiter } from '@/lib/search/rateLimit'
import { serverUrl } from '@/lib/env'
import { alternateLinkHeader } from '@/lib/seo/alternates'

const intl = createMiddleware(routing)

/**
 * Every public page passes here. Hostile posts are refused before they reach a server action
 * (lib/http/actionGuard.ts), the language of an unprefixed URL follows Accept-Language by
 * q-value (next-intl's matcher does not), an address no page serves gets the prerendered 404
 * page with status 404 (see isUnknownAddress), and pages get hreflang alternates in a `Link`
 * header built exactly like their `<head>` (the server strips it from answers that are not 200,
 * see lib/http/nodeGuard.ts).
 */
export default async function proxy(request: NextRequest) {
  const refused = await refuseBadPost(request)
  if (refused) return refused

  const [, first, ...rest] = request.nextUrl.pathname.split('/')
  let forIntl = request
  if (!isLocale(first) && (request.method === 'GET' || request.method === 'HEAD')) {
    // next-intl hands our single, already negotiated choice to its own matcher.
    const headers = new Headers(request.headers)
    headers.set('accept-language', negotiateLocale(request.headers.get('accept-language')))
    forIntl = new NextRequest(request, { headers })
  }
  const response = intl(forIntl)

  // The pages kept in the page cache are reached only by the rewrites below: asked for directly
  // (any method, any cookie: a made-up preview cookie would otherwise render and keep any key)
  // they are the 404 page.
  if (isLocale(first) && isCachedPagePath(rest.join('/'))) {
    return notFoundPage(request, first, response)
  }
  if (isLocale(first) && !response.headers.has('location')) {
    const answer = await answerForAddress(request, first, response)
    if (answer) return answer
  }
  if (isLocale(first) && !response.headers.has('location')) {
    const answer =
      (await cachedProvidersList(request, first, rest, response)) ??
      (await cachedSearchPage(request, first, rest, response)) ??
      response
    answer.headers.set('Link', alternateLinkHeader(serverUrl(), rest.join('/')))
    return answer
  }
  return response
}

/**
 * `/{locale}/providers` with or without a filter, sent to the list rendered once per filter and
 * served from the page cache (see app/(frontend)/[locale]/providers/list/[filter]); the address
 * readers see does not change. Null to render the page per request: another method or path, an
 * editor's preview, or a council code of no council (the page says so), also when the councils
 * cannot be known: a page is cached only for a council that exists, so made-up codes cannot
 * fill the cache.
 */
async function cachedProvidersList(
  request: NextRequest,
  locale: string,
  rest: string[],
  intlResponse: Response,
): Promise<Response | null> {
  if (!mayServeCachedCopy(request, rest, ROUTES.providers)) return null
  const params = request.nextUrl.searchParams
  const known = params.get('council')?.trim() ? await publishedPaths() : null
  const key = providerListKey(params, known?.councils ?? null)
  if (!key) return null
  return rewriteToCachedCopy(
    request,
    `${locale}/${CACHED_PAGE_PREFIXES.providersList}${key}`,
    intlResponse,
  )
}

/**
 * Whether `request` may be answered from a page-cache copy of the page `route`: a GET or HEAD
 * for exactly that page (`rest` is the path below the locale), and not an editor's preview
 * (Next.js's draft mode cookie), which must see drafts.
 */
function mayServeCachedCopy(request: NextRequest, rest: string[], route: string): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  return rest.join('/') === route && !request.cookies.has('__prerender_bypass')
}

/** A rewrite to the internal page `path` (below the site root), without the query string. */
function rewriteToCachedCopy(request: NextRequest, path: string, intlResponse: Response) {
  const url = new URL(`/${path}`, request.url)
  url.search = ''
  return withIntlHeaders(NextResponse.rewrite(url), intlResponse)
}

const searchAdmission = createSearchAdmission(searchRateLimiter())

/**
 * `/{locale}/search` with or without `?q=`, sent to the page rendered once per query and served
 * from the page cache (app/(frontend)/[locale]/search/results/[key]); the address readers see
 * does not change. A new query first takes one search from the reader's allowance, as the
 * page's first rendering reads the database (lib/search/pageAdmission.ts). Null to render the
 * page per request: another method or path, a preview, a query the page refuses with a message
 * or too long for a key (lib/search/pageKey.ts), or one the gate did not let in (the page then
 * answers from the data cache or says the reader has searched too often).
 */
async function cachedSearchPage(
  request: NextRequest,
  locale: string,
  rest: string[],
  intlResponse: Response,
): Promise<Response | null> {
  if (!mayServeCachedCopy(request, rest, ROUTES.search)) return null
  const key = searchPageKey(request.nextUrl.searchParams)
  if (!key) return null
  if (key !== EMPTY_SEARCH_KEY) {
    const admitted = await searchAdmission.admit(`${locale}/${key}`, clientKey(request.headers))
    if (!admitted) return null
  }
  const path = `${locale}/${CACHED_PAGE_PREFIXES.searchResults}${key}`
  const rewrite = rewriteToCachedCopy(request, path, intlResponse)
  // What someone searched for stays theirs: no shared cache (nginx, a CDN) keeps the answer,
  // as before the page was cached here (Next.js keeps a Cache-Control set at this point).
  if (key !== EMPTY_SEARCH_KEY) rewrite.headers.set('Cache-Control', PRIVATE)
  return rewrite
}

const PRIVATE = 'private, no-cache, no-store, max-age=0, must-revalidate'

/** A rewrite carrying next-intl's headers (its locale cookie and the like). */
function withIntlHeaders(rewrite: NextResponse, intlResponse: Response): NextResponse {
  intlResponse.headers.forEach((value, key) => {
    if (!key.startsWith('x-middleware-next') && !key.startsWith('x-middleware-rewrite')) {
      rewrite.headers.set(key, value)
    }
  })
  return rewrite
}

/**
 * The answer proxy.ts gives a GET/HEAD `/{locale}/...` address before any page renders (see
 * lib/routes/checkAddress.ts): null to let the page render, or a redirect from an old address,
 * or the 404 page. Editors previewing drafts (Next.js draft mode cookie) always reach the page.
 */
async function answerForAddress(
  request: NextRequest,
  locale: string,
  intlResponse: Response,
): Promise<Response | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  if (request.cookies.has('__prerender_bypass')) return null
  let path: string
  try {
    path = decodeURIComponent(request.nextUrl.pathname.split('/').slice(2).join('/'))
  } catch {
    return notFoundPage(request, locale, intlResponse)
  }
  const needsLists = classifyPath(path).kind !== 'static'
  const answer = checkAddress(locale, path, needsLists ? await publishedPaths() : null)
  if (answer.kind === 'page') return null
  if (answer.kind === 'notFound') return notFoundPage(request, locale, intlResponse)
  const { to, permanent } = answer.target
  // A real 301 (Next.js's own redirect() can only send 307/308) for an old address.
  return NextResponse.redirect(new URL(to, request.url), permanent ? 301 : 302)
}

/**
 * The prerendered 404 page in the reader's language, answered with status 404 by the server
 * (lib/http/statusOverride.ts), keeping next-intl's headers. Next.js would otherwise answer a
 * notFound() from a dynamic page with an empty shell readers without JavaScript cannot read,
 * and cache a 404 for every unknown address it was asked.
 */
function notFoundPage(request: NextRequest, locale: string, intlResponse: Response): Response {
  const rewrite = withIntlHeaders(
    NextResponse.rewrite(new URL(`/${locale}/${NOT_FOUND_PAGE_PATH}`, request.url)),
    intlResponse,
  )
  rewrite.headers.set(STATUS_OVERRIDE_HEADER, '404')
  return rewrite
}

export const config = {
  // Everything except Payload (admin, REST, GraphQL), the open APIs, Next internals and files.
  matcher: ['/((?!api(?:/|$)|admin(?:/|$)|openreferral(?:/|$)|_next|_vercel|.*\\..*).*)'],
}
