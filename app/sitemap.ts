import type { MetadataRoute } from 'next'

import { serverUrl } from '@/lib/env'
import { LETTER_IDS } from '@/lib/letters/definitions'
import { listPublishedPages } from '@/lib/queries/pages'
import { listPublishedProviders } from '@/lib/queries/providers'
import { buildSitemap } from '@/lib/sitemap'

// The tools, the provider list, search and the glossary have one address each per language;
// any answers live in the query string.
const TOOL_PATHS = [
  'route-finder',
  'deadline-calculator',
  'deadline-calculator/timeline',
  'providers',
  'search',
  'glossary',
  'you-said-we-did',
  'letters',
  ...LETTER_IDS.map((id) => `letters/${id}`),
]

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [pages, providers] = await Promise.all([listPublishedPages(), listPublishedProviders()])
  return buildSitemap(serverUrl(), [
    { path: '' },
    ...pages.map((page) => ({ path: page.path, updatedAt: page.updatedAt })),
    ...TOOL_PATHS.map((path) => ({ path })),
    ...providers.map((p) => ({ path: `providers/${p.slug}`, updatedAt: p.updatedAt })),
  ])
}
