import createMiddleware from 'next-intl/middleware'
import { NextRequest } from 'next/server'

import { isLocale } from '@/i18n/locales'
import { negotiateLocale } from '@/i18n/negotiate'
import { routing } from '@/i18n/routing'
import { refuseBadPost } from '@/lib/http/actionGuard'
import { serverUrl } from '@/lib/env'
import { alternateLinkHeader } from '@/lib/seo/alternates'

const intl = createMiddleware(routing)

/**
 * Every public page passes here. Hostile posts are refused before they reach a server action
 * (lib/http/actionGuard.ts), the language of an unprefixed URL follows Accept-Language by
 * q-value (next-intl's matcher does not), and pages get hreflang alternates in a `Link` header
 * built exactly like their `<head>` (the server strips it from answers that are not 200, see
 * lib/http/nodeGuard.ts).
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

  if (isLocale(first) && !response.headers.has('location')) {
    response.headers.set('Link', alternateLinkHeader(serverUrl(), rest.join('/')))
  }
  return response
}

export const config = {
  // Everything except Payload (admin, REST, GraphQL), the open APIs, Next internals and files.
  matcher: ['/((?!api(?:/|$)|admin(?:/|$)|openreferral(?:/|$)|_next|_vercel|.*\\..*).*)'],
}
