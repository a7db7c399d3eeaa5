import createMiddleware from 'next-intl/middleware'

import { routing } from '@/i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Everything except Payload (admin, REST, GraphQL), the open APIs, Next internals and files.
  matcher: ['/((?!api(?:/|$)|admin(?:/|$)|openreferral(?:/|$)|_next|_vercel|.*\\..*).*)'],
}
