import { defaultLocale, isLocale } from '@/i18n/locales'
import { translator } from '@/lib/api/translator'
import { serverUrl } from '@/lib/env'

import {
  addDismissed,
  DISMISSED_COOKIE,
  DISMISSED_MAX_AGE,
  dismissedCss,
  isDismissalKey,
  parseDismissed,
  returnPath,
} from './dismissal'

function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie') ?? ''
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=')
    // Our own values are hex and dots: nothing to decode.
    if (key === name) return value.join('=')
  }
  return undefined
}

/**
 * Whether the cookie gets `Secure`: when the site is configured to be served over https
 * (NEXT_PUBLIC_SERVER_URL, see lib/env.ts serverUrl), never from a request header such as
 * X-Forwarded-Proto, which any client can send.
 */
function siteIsHttps(): boolean {
  return serverUrl().startsWith('https://')
}

/**
 * POST form (key, locale) from a banner's "Hide" button: adds the banner's hash to the cookie
 * and answers 303 to the page the reader was on, so it works without JavaScript. A malformed
 * key gets 400 with a sentence in the reader's language; a cross-site post gets 403.
 */
export async function dismissBanner(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => null)
  const localeField = form?.get('locale')
  const locale = isLocale(localeField) ? localeField : defaultLocale
  const key = form?.get('key')
  const crossSite = request.headers.get('sec-fetch-site') === 'cross-site'
  if (crossSite || !isDismissalKey(key)) {
    const t = await translator(locale, 'AlertBanner')
    return new Response(`${t('hideFailed')}\n`, {
      status: crossSite ? 403 : 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Language': locale },
    })
  }
  const value = addDismissed(readCookie(request, DISMISSED_COOKIE), key)
  const cookie = [
    `${DISMISSED_COOKIE}=${value}`,
    'Path=/',
    `Max-Age=${DISMISSED_MAX_AGE}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(siteIsHttps() ? ['Secure'] : []),
  ].join('; ')
  return new Response(null, {
    status: 303,
    headers: {
      // A relative Location keeps the reader on whatever host served them (RFC 9110 10.2.2).
      Location: returnPath(request.headers.get('referer'), `/${locale}`),
      'Set-Cookie': cookie,
      'Cache-Control': 'no-store',
    },
  })
}

/** GET: CSS hiding the banners this reader dismissed; private to them and never cached. */
export function dismissedStylesheet(request: Request): Response {
  return new Response(dismissedCss(parseDismissed(readCookie(request, DISMISSED_COOKIE))), {
    headers: {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'private, no-store',
      Vary: 'Cookie',
    },
  })
}
