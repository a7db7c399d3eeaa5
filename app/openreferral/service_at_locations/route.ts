import type { NextRequest } from 'next/server'

import { openReferralResponse } from '@/lib/openReferral/http'
import { serviceAtLocationsList } from '@/lib/openReferral/responses'
import { corsPreflight } from '@/lib/api/http'

/** GET /openreferral/service_at_locations?page=&per_page= */
export function GET(request: NextRequest) {
  return openReferralResponse(request, serviceAtLocationsList)
}

/** CORS preflight for browsers on other sites (see lib/api/http.ts). */
export const OPTIONS = corsPreflight
