import type { NextRequest } from 'next/server'

import { apiJson } from '@/lib/api/http'
import { taxonomiesList } from '@/lib/openReferral/responses'

/** GET /openreferral/taxonomies: the one taxonomy of service kinds (fixed in code). */
export function GET(request: NextRequest) {
  const { status, body } = taxonomiesList(request.nextUrl.searchParams)
  return apiJson(status, body)
}
