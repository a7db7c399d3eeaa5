import type { NextRequest } from 'next/server'

import { openReferralResponse } from '@/lib/openReferral/http'
import { serviceAtLocationById } from '@/lib/openReferral/responses'
import { corsPreflight } from '@/lib/api/http'

/** GET /openreferral/service_at_locations/{id} */
export async function GET(
  request: NextRequest,
  { params }: RouteContext<'/openreferral/service_at_locations/[id]'>,
) {
  const { id } = await params
  return openReferralResponse(request, (providers, _query, siteUrl) =>
    serviceAtLocationById(providers, id, siteUrl),
  )
}

/** CORS preflight for browsers on other sites (see lib/api/http.ts). */
export const OPTIONS = corsPreflight
