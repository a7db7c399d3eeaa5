import { classifyPath } from './publicRoutes'
import type { PublishedPaths, RedirectTarget } from './publishedPaths'

export type AddressAnswer =
  { kind: 'page' } | { kind: 'redirect'; target: RedirectTarget } | { kind: 'notFound' }

/**
 * What a GET for `/{locale}/{path}` should get, before any page renders.
 *
 * @param locale - the address's locale (`'pl'`)
 * @param path - the rest of the decoded path, no leading or trailing slash (`'a/b'`, `''`)
 * @param known - the published guides, providers and redirects (lib/routes/publishedPaths.ts),
 *   or null when they cannot be had
 * @returns `page` when a page serves it (or when nothing is known: the page then decides),
 *   `redirect` for an old address that has no page any more (a renamed guide, or a redirect an
 *   editor added), `notFound` for anything else: the prerendered 404 page.
 */
export function checkAddress(
  locale: string,
  path: string,
  known: PublishedPaths | null,
): AddressAnswer {
  const route = classifyPath(path)
  if (route.kind === 'static') return { kind: 'page' }
  if (!known)
    return route.kind === 'guide' || route.kind === 'provider'
      ? { kind: 'page' }
      : { kind: 'notFound' }
  if (route.kind === 'guide' && known.pages.has(route.path)) return { kind: 'page' }
  if (route.kind === 'provider' && known.providers.has(route.slug)) return { kind: 'page' }
  const target = known.redirects.get(`/${locale}${path ? `/${path}` : ''}`)
  return target ? { kind: 'redirect', target } : { kind: 'notFound' }
}
