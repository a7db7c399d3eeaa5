import { NextResponse } from 'next/server'

import { listPublishedPages } from '@/lib/queries/pages'
import { listPublishedProviders } from '@/lib/queries/providers'
import { loadRedirects } from '@/lib/redirects/query'

// Read per request: proxy.ts asks at most once a second per server and must see a publish.
export const dynamic = 'force-dynamic'

/**
 * GET /api/published-paths: `{ pages: string[], providers: string[], redirects: {[from]: {to,
 * permanent}} }`: every published guide's path (`'resolving-a-disagreement/mediation'`), every
 * provider's slug, and the redirects from old addresses (`'/pl/old'`, chains collapsed). Public
 * facts (the sitemap lists the first two, the redirects answer anyone); proxy.ts uses them to
 * redirect old addresses and answer unknown ones with the 404 page.
 */
export async function GET() {
  const [pages, providers, redirects] = await Promise.all([
    listPublishedPages(),
    listPublishedProviders(),
    loadRedirects(),
  ])
  return NextResponse.json(
    { pages: pages.map((p) => p.path), providers: providers.map((p) => p.slug), redirects },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
