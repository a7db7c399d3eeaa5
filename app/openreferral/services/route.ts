import type { NextRequest } from 'next/server'

import { openReferralResponse } from '@/lib/openReferral/http'
import { servicesList } from '@/lib/openReferral/responses'

/** GET /openreferral/services?search=&page=&per_page=&taxonomy_term_id= */
export function GET(request: NextRequest) {
  return openReferralResponse(request, servicesList)
}
