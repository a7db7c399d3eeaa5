import { defaultLocale, localeCodes } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'

/**
 * The hreflang alternates of one page: every locale plus x-default (the default locale's URL).
 * The one builder for both the `<head>` links (lib/metadata.ts) and the HTTP `Link` header
 * (proxy.ts), so the two can never disagree.
 *
 * @param base the site's origin without a trailing slash (serverUrl())
 * @param path the page path without locale, e.g. `providers` or '' for the home page
 * @returns hreflang code -> absolute URL, in locale order, x-default last
 */
export function alternateUrls(base: string, path: string): Record<string, string> {
  const languages: Record<string, string> = Object.fromEntries(
    localeCodes.map((code) => [code, `${base}${localeHref(code, path)}`]),
  )
  languages['x-default'] = `${base}${localeHref(defaultLocale, path)}`
  return languages
}

/** The same alternates as an HTTP `Link` header value (RFC 8288). */
export function alternateLinkHeader(base: string, path: string): string {
  return Object.entries(alternateUrls(base, path))
    .map(([hreflang, url]) => `<${url}>; rel="alternate"; hreflang="${hreflang}"`)
    .join(', ')
}
