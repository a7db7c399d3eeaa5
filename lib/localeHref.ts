import type { Locale } from '@/i18n/locales'

/** A locale-prefixed link for plain anchors in server components (no client JavaScript needed). */
export function localeHref(locale: Locale, path = ''): string {
  if (/^(https?:|mailto:|tel:|#)/.test(path)) return path
  const clean = path.replace(/^\/+|\/+$/g, '')
  return clean ? `/${locale}/${clean}` : `/${locale}`
}
