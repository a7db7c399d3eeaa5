import { localeCodes } from '@/i18n/locales'
import { providerPath } from '@/lib/routes/publicRoutes'

/**
 * The names under which public reads are cached (lib/cache/read.ts) and purged
 * (lib/cache/purge.ts). A page rendered from a cached read carries the read's tags, so purging a
 * tag refreshes both the data and every prerendered page that used it, in every locale.
 */
export const CACHE_TAGS = {
  /** Titles, summaries, order and parents of published pages: menus, breadcrumbs, home. */
  pageNavigation: 'pages:navigation',
  /** Paths and last changes of published pages: the sitemap and generateStaticParams. */
  pageIndex: 'pages:index',
  /** Published providers: their pages, the list, the sitemap, Open Referral, search. */
  providers: 'providers',
  /**
   * Site search over published pages' text (lib/search/queries.ts): any published change to a
   * page, even to its body alone, purges it (providers purge `providers`, which search also uses).
   */
  search: 'search',
  /** The council list (and the council names shown on provider pages). */
  councils: 'councils',
  routeTexts: 'route-texts',
  bankHolidays: 'bank-holidays',
  siteSettings: 'site-settings',
  alertBanners: 'alert-banners',
  /** Redirects (plugin-redirects) and the page paths they resolve to: lib/redirects/query.ts. */
  redirects: 'redirects',
  /** The letter builder's texts (collection letter-templates). */
  letterTexts: 'letter-texts',
  /** Published "You said, we did" entries. */
  youSaidWeDid: 'you-said-we-did',
} as const

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS]

/** One page's own content, in every locale, by its path without locale (`a/b`). */
export function pageTag(path: string): string {
  return `page:${path.replace(/^\/+|\/+$/g, '')}`
}

/** `a/b` -> ['/en/a/b', '/pl/a/b', '/ur/a/b']; '' -> the home pages. */
export function localizedPaths(path: string): string[] {
  const clean = path.replace(/^\/+|\/+$/g, '')
  return localeCodes.map((locale) => (clean ? `/${locale}/${clean}` : `/${locale}`))
}

/** The public paths of one provider in every locale. */
export function providerPaths(slug: string): string[] {
  return localizedPaths(providerPath(slug))
}
