import type { MetadataRoute } from 'next'

import { serverUrl } from '@/lib/env'
import { listPublishedPages } from '@/lib/queries/pages'
import { buildSitemap } from '@/lib/sitemap'

// The tools have one address each per language; their answers live in the query string.
const TOOL_PATHS = ['route-finder', 'deadline-calculator']

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await listPublishedPages()
  return buildSitemap(serverUrl(), [
    { path: '' },
    ...pages.map((page) => ({ path: page.path, updatedAt: page.updatedAt })),
    ...TOOL_PATHS.map((path) => ({ path })),
  ])
}
