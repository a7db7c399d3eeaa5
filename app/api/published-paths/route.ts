import { NextResponse } from 'next/server'

import { listPublishedPages } from '@/lib/queries/pages'
import { listPublishedProviders } from '@/lib/queries/providers'

// Read per request: proxy.ts asks at most once a second per server and must see a publish.
export const dynamic = 'force-dynamic'

/**
 * GET /api/published-paths: `{ pages: string[], providers: string[] }`, every published guide's
 * path (`'resolving-a-disagreement/mediation'`) and provider's slug. The same public facts the
 * sitemap lists; proxy.ts uses them to answer unknown addresses with the 404 page.
 */
export async function GET() {
  const [pages, providers] = await Promise.all([listPublishedPages(), listPublishedProviders()])
  return NextResponse.json(
    { pages: pages.map((p) => p.path), providers: providers.map((p) => p.slug) },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
