import { localeCodes } from '@/i18n/locales'

/**
 * Every public path that content changes can touch, in one file, so hooks and pages agree.
 * Pages are prerendered per locale; publishing revalidates exactly these paths.
 */
export function localizedPaths(path: string): string[] {
  const clean = path.replace(/^\/+|\/+$/g, '')
  return localeCodes.map((locale) => (clean ? `/${locale}/${clean}` : `/${locale}`))
}

/** The home pages and the sitemap: both list every published page. */
export function homePaths(): string[] {
  return [...localizedPaths(''), '/sitemap.xml']
}

// Tags of cached CMS data (unstable_cache), shared by the loaders and the hooks that purge them.
export const BANK_HOLIDAYS_TAG = 'bank-holidays'
export const ROUTE_TEXTS_TAG = 'route-texts'
export const COUNCILS_TAG = 'local-authorities'
export const ALERT_BANNERS_TAG = 'alert-banners'
export const LETTER_TEXTS_TAG = 'letter-texts'
