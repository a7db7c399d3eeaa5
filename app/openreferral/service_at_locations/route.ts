import type { NextRequest } from 'next/server'

import { openReferralResponse } from '@/lib/openReferral/http'
import { serviceAtLocationsList } from '@/lib/openReferral/responses'

/** GET /openreferral/service_at_locations?page=&per_page= */
export function GET(request: NextRequest) {
  return openReferralResponse(request, serviceAtLocationsList)
}
