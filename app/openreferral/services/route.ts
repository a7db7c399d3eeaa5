import type { NextRequest } from 'next/server'

import { openReferralResponse } from '@/lib/openReferral/http'
import { servicesList } from '@/lib/openReferral/responses'
import { corsPreflight } from '@/lib/api/http'

/** GET /openreferral/services?search=&page=&per_page=&taxonomy_term_id= */
export function GET(request: NextRequest) {
  return openReferralResponse(request, servicesList)
}

/** CORS preflight for browsers on other sites (see lib/api/http.ts). */
export const OPTIONS = corsPreflight
