import { cachedRead } from '@/lib/cache/read'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

import { publishedPagePaths } from './pagePaths'
import {
  buildRedirectMap,
  normalizeRedirectPath,
  type RedirectRow,
  type RedirectTarget,
} from './resolve'

/**
 * Every redirect's final target, keyed by its normalized from-path with locale (see
 * buildRedirectMap: chains collapsed, loops dropped, page references followed to the pages'
 * current paths). One read of every redirect per purge (the redirects hooks purge its tag), not
 * per request. Rejects when Payload cannot be reached.
 */
export const loadRedirects = cachedRead(
  'redirect-map',
  [CACHE_TAGS.redirects],
  async (): Promise<Record<string, RedirectTarget>> => {
    const payload = await getPayloadClient()
    const [{ docs }, pagePaths] = await Promise.all([
      payload.find({ collection: 'redirects', depth: 0, limit: 0, pagination: false }),
      publishedPagePaths(payload),
    ])
    return Object.fromEntries(buildRedirectMap(docs as RedirectRow[], pagePaths))
  },
)

/**
 * Where a path that has no page now sends the reader, chains already collapsed.
 * @param path a site path with its locale, such as `/pl/resolving-a-disagreement/old`
 * @returns the target (site path or absolute URL) and whether it is permanent, or null
 */
export async function findRedirect(path: string): Promise<RedirectTarget | null> {
  const key = normalizeRedirectPath(path)
  if (!key) return null
  return (await loadRedirects())[key] ?? null
}

/**
 * A link's current path: an old path of a renamed page becomes its new one, in the same
 * language; anything else is returned unchanged.
 * @param href a site path without locale (`/resolving-a-disagreement/mediation`)
 */
export async function currentHref(locale: string, href: string): Promise<string> {
  if (!href.startsWith('/') || href.startsWith('//')) return href
  const [path, rest = ''] = href.split(/(?=[?#])/, 2)
  const target = await findRedirect(`/${locale}${path === '/' ? '' : path}`)
  if (!target || !target.to.startsWith(`/${locale}`)) return href
  return `${target.to.slice(locale.length + 1) || '/'}${rest}`
}
