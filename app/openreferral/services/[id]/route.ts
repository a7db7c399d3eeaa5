import type { NextRequest } from 'next/server'

import { openReferralResponse } from '@/lib/openReferral/http'
import { serviceById } from '@/lib/openReferral/responses'
import { corsPreflight } from '@/lib/api/http'

/** GET /openreferral/services/{id}: one service with its areas, location and taxonomy term. */
export async function GET(
  request: NextRequest,
  { params }: RouteContext<'/openreferral/services/[id]'>,
) {
  const { id } = await params
  return openReferralResponse(request, (providers, _query, siteUrl) =>
    serviceById(providers, id, siteUrl),
  )
}

/** CORS preflight for browsers on other sites (see lib/api/http.ts). */
export const OPTIONS = corsPreflight
