import type { MetadataRoute } from 'next'

import { defaultLocale, localeCodes } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'

export type SitemapSource = { path: string; updatedAt?: string | null }

/** One entry per page per language, each naming its translations (hreflang) and x-default. */
export function buildSitemap(base: string, sources: SitemapSource[]): MetadataRoute.Sitemap {
  return sources.flatMap(({ path, updatedAt }) => {
    const languages: Record<string, string> = Object.fromEntries(
      localeCodes.map((code) => [code, `${base}${localeHref(code, path)}`]),
    )
    languages['x-default'] = `${base}${localeHref(defaultLocale, path)}`
    return localeCodes.map((code) => ({
      url: `${base}${localeHref(code, path)}`,
      lastModified: updatedAt ?? undefined,
      alternates: { languages },
    }))
  })
}
