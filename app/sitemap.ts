import type { MetadataRoute } from 'next'

import { serverUrl } from '@/lib/env'
import { LETTER_IDS } from '@/lib/letters/definitions'
import { listPublishedPages } from '@/lib/queries/pages'
import { listPublishedProviders } from '@/lib/providers/queries'
import { ROUTES, STATIC_PAGE_PATHS, letterPath, providerPath } from '@/lib/routes/publicRoutes'
import { buildSitemap } from '@/lib/sitemap'

// The tools, the provider list, search and the glossary have one address each per language;
// any answers live in the query string.
// The route finder's later questions and its result need earlier answers: only its start is listed.
const TOOL_PATHS = [
  ...STATIC_PAGE_PATHS.filter(
    (path) => path !== ROUTES.home && !path.startsWith(`${ROUTES.routeFinder}/`),
  ),
  ...LETTER_IDS.map((id) => letterPath(id)),
]

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [pages, providers] = await Promise.all([listPublishedPages(), listPublishedProviders()])
  return buildSitemap(serverUrl(), [
    { path: '' },
    ...pages.map((page) => ({ path: page.path, updatedAt: page.updatedAt })),
    ...TOOL_PATHS.map((path) => ({ path })),
    ...providers.map((p) => ({ path: providerPath(p.slug), updatedAt: p.updatedAt })),
  ])
}
