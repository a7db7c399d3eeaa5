/**
 * The public site's own routes below `/{locale}`, named once. proxy.ts uses them to tell a
 * request for a page that cannot exist from one that may (a guide or a provider), and a test
 * checks this list against the page files under `app/(frontend)/[locale]`, so a new page
 * cannot be forgotten here.
 */

/**
 * Paths (without the locale) served by a page file of their own without a dynamic segment; ''
 * is the home page.
 */
export const STATIC_PAGE_PATHS = [
  '',
  'deadline-calculator',
  'deadline-calculator/timeline',
  'glossary',
  'letters',
  'providers',
  'route-finder',
  'route-finder/age',
  'route-finder/plan',
  'route-finder/result',
  'route-finder/sections',
  'search',
  'you-said-we-did',
] as const

/**
 * Pages of the site's own with a dynamic segment, which decide for themselves: the letter
 * builder's letter, question and letter pages (`letters/{letter}`, `letters/{letter}/{step}`).
 */
const DYNAMIC_PAGE_PATTERNS = [/^letters\/[a-z0-9-]+(?:\/[a-z0-9-]+)?$/]

/** Where Next.js sends the readers of an unknown address (rewritten there by proxy.ts). */
export const NOT_FOUND_PAGE_PATH = 'page-not-found'

/** A provider's own page: `providers/{slug}`. */
export const PROVIDER_PREFIX = 'providers/'

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
