/**
 * The public site's own routes below `/{locale}`, named once. proxy.ts uses them to tell a
 * request for a page that cannot exist from one that may (a guide or a provider), and a test
 * checks this list against the page files under `app/(frontend)/[locale]`, so a new page
 * cannot be forgotten here.
 */

/**
 * The site's own pages by name, as paths below `/{locale}` ('' is the home page). Links, forms,
 * redirects, metadata and the sitemap name a page through this object, never a string of its own.
 */
export const ROUTES = {
  home: '',
  deadlineCalculator: 'deadline-calculator',
  ehcTimeline: 'deadline-calculator/timeline',
  glossary: 'glossary',
  letters: 'letters',
  providers: 'providers',
  routeFinder: 'route-finder',
  routeFinderAge: 'route-finder/age',
  routeFinderPlan: 'route-finder/plan',
  routeFinderResult: 'route-finder/result',
  routeFinderSections: 'route-finder/sections',
  search: 'search',
  youSaidWeDid: 'you-said-we-did',
} as const

/** A provider's own page below the locale: `providers/{slug}`. */
export function providerPath(slug: string): string {
  return `${ROUTES.providers}/${slug}`
}

/**
 * The letter builder's pages below the locale: `letters/{letter}`, or one of its steps
 * (`letters/{letter}/{question}`, `letters/{letter}/your-letter`).
 */
export function letterPath(letter: string, step?: string): string {
  return step ? `${ROUTES.letters}/${letter}/${step}` : `${ROUTES.letters}/${letter}`
}

/** One of the site's own page paths (a value of ROUTES). */
export type RoutePath = (typeof ROUTES)[keyof typeof ROUTES]

/**
 * Paths (without the locale) served by a page file of their own without a dynamic segment; ''
 * is the home page.
 */
export const STATIC_PAGE_PATHS: readonly RoutePath[] = Object.values(ROUTES)

/**
 * Pages of the site's own with a dynamic segment, which decide for themselves: the letter
 * builder's letter, question and letter pages (`letters/{letter}`, `letters/{letter}/{step}`).
 */
const DYNAMIC_PAGE_PATTERNS = [/^letters\/[a-z0-9-]+(?:\/[a-z0-9-]+)?$/]

/**
 * The pages proxy.ts alone rewrites to, kept in Next.js's page cache: the providers list per
 * filter (`providers/list/{key}`) and the search page per query (`search/results/{key}`).
 * Readers never see these addresses; asked for directly they get the 404 page.
 */
export const CACHED_PAGE_PREFIXES = {
  providersList: `${ROUTES.providers}/list/`,
  searchResults: `${ROUTES.search}/results/`,
} as const

/** Whether `path` (below the locale, no leading slash) is one of the CACHED_PAGE_PREFIXES pages. */
export function isCachedPagePath(path: string): boolean {
  return Object.values(CACHED_PAGE_PREFIXES).some((prefix) => path.startsWith(prefix))
}

/** Where Next.js sends the readers of an unknown address (rewritten there by proxy.ts). */
export const NOT_FOUND_PAGE_PATH = 'page-not-found'

/** A provider's own page: `providers/{slug}`. */
export const PROVIDER_PREFIX = `${ROUTES.providers}/`

const STATIC = new Set<string>(STATIC_PAGE_PATHS)
// The first segments that belong to the site's own pages; anything else is a guide's path.
const OWN_SECTIONS = new Set<string>(
  [...STATIC_PAGE_PATHS, NOT_FOUND_PAGE_PATH].filter(Boolean).map((p) => p.split('/')[0]),
)

export type RouteKind =
  | { kind: 'static' }
  | { kind: 'not-found-page' }
  | { kind: 'provider'; slug: string }
  | { kind: 'guide'; path: string }
  | { kind: 'unknown' }

/**
 * What a path below the locale would be served by.
 *
 * @param path - the path after `/{locale}/`, already decoded, without a leading or trailing
 *   slash and without the query string (`'route-finder/age'`, `'resolving-a-disagreement'`).
 * @returns `static` for the site's own pages, `provider` for `providers/{slug}`, `guide` for
 *   any other path (a CMS page, found by its full path), `unknown` for a path under one of the
 *   site's own sections that no page serves (`glossary/extra`, `providers/a/b`).
 */
export function classifyPath(path: string): RouteKind {
  if (STATIC.has(path) || DYNAMIC_PAGE_PATTERNS.some((p) => p.test(path))) {
    return { kind: 'static' }
  }
  if (path === NOT_FOUND_PAGE_PATH) return { kind: 'not-found-page' }
  if (path.startsWith(PROVIDER_PREFIX)) {
    const slug = path.slice(PROVIDER_PREFIX.length)
    return slug && !slug.includes('/') ? { kind: 'provider', slug } : { kind: 'unknown' }
  }
  if (OWN_SECTIONS.has(path.split('/')[0])) return { kind: 'unknown' }
  return { kind: 'guide', path }
}
