import type { NextRequest } from 'next/server'

import { apiJson } from '@/lib/api/http'
import { taxonomyTermsList } from '@/lib/openReferral/responses'

/** GET /openreferral/taxonomy_terms: one term per kind of provider. */
export function GET(request: NextRequest) {
  const { status, body } = taxonomyTermsList(request.nextUrl.searchParams)
  return apiJson(status, body)
}
