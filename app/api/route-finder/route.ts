import type { NextRequest } from 'next/server'

import { apiJson, corsPreflight } from '@/lib/api/http'
import { routeFinderResponse } from '@/lib/routeFinder/api'
import { getRouteTexts } from '@/lib/routeFinder/texts/query'

/**
 * GET /api/route-finder?about=plan-contents&sections=B,F&age=15&year11=not-finished&locale=ur
 * (also plan=yes|no|assessing for about=health-service-refused, and about=not-sure): routes,
 * appeal, certificate, deadlines and notes, each with its text in the requested language.
 */
export async function GET(request: NextRequest) {
  const { status, body, locale } = await routeFinderResponse(
    request.nextUrl.searchParams,
    getRouteTexts,
  )
  return apiJson(status, body, locale)
}

/** CORS preflight for browsers on other sites (see lib/api/http.ts). */
export const OPTIONS = corsPreflight
