import type { Metadata } from 'next'

import type { Locale } from '@/i18n/locales'
import { serverUrl } from '@/lib/env'
import { localeHref } from '@/lib/localeHref'
import { alternateUrls } from '@/lib/seo/alternates'

type Args = { locale: Locale; path: string; title: string; description?: string | null }

/** Title, description, canonical URL and hreflang alternates (every locale plus x-default). */
export function pageMetadata({ locale, path, title, description }: Args): Metadata {
  const base = serverUrl()
  const languages = alternateUrls(base, path)
  return {
    title,
    description: description ?? undefined,
    alternates: { canonical: `${base}${localeHref(locale, path)}`, languages },
    openGraph: {
      title,
      description: description ?? undefined,
      url: `${base}${localeHref(locale, path)}`,
      locale,
      type: 'website',
    },
  }
}
