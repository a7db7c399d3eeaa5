import { NextResponse, type NextRequest } from 'next/server'

import { isInternalRequest } from '@/lib/routes/internalRequest'
import { INTERNAL_TOKEN_HEADER } from '@/lib/routes/publishedPaths'

import { listPublishedPages } from '@/lib/queries/pages'
import { listCouncils, listPublishedProviders } from '@/lib/providers/queries'
import { loadRedirects } from '@/lib/redirects/query'

// Read per request: proxy.ts asks at most once a second per server and must see a publish.
export const dynamic = 'force-dynamic'

/**
 * GET /api/published-paths: `{ pages: string[], providers: string[], councils: string[],
 * redirects: {[from]: {to, permanent}} }`: every published guide's path
 * (`'resolving-a-disagreement/mediation'`), every provider's slug, every council's ONS code
 * (`'E08000014'`), and the redirects from old addresses (`'/pl/old'`, chains collapsed). Public
 * facts (the sitemap lists the first two, the providers form the codes, the redirects answer
 * anyone), but for this server's own proxy.ts only (the process's token in
 * INTERNAL_TOKEN_HEADER), which uses them to redirect old addresses, answer unknown ones with the
 * 404 page, and cache the providers list only for councils that exist. Anyone else, and everyone
 * when the process has no token (a plain `next start`), gets a JSON 404.
 */
export async function GET(request: NextRequest) {
  if (!isInternalRequest(request.headers.get(INTERNAL_TOKEN_HEADER))) {
    return NextResponse.json({ error: 'Not found' }, { status: 404 })
  }
  const [pages, providers, councils, redirects] = await Promise.all([
    listPublishedPages(),
    listPublishedProviders(),
    listCouncils(),
    loadRedirects(),
  ])
  return NextResponse.json(
    {
      pages: pages.map((p) => p.path),
      providers: providers.map((p) => p.slug),
      councils: councils.map((c) => c.code),
      redirects,
    },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
