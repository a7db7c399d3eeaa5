import type { NextRequest } from 'next/server'

import { apiJson, corsPreflight } from '@/lib/api/http'
import { taxonomyTermsList } from '@/lib/openReferral/responses'

/** GET /openreferral/taxonomy_terms: one term per kind of provider. */
export function GET(request: NextRequest) {
  const { status, body } = taxonomyTermsList(request.nextUrl.searchParams)
  return apiJson(status, body)
}

/** CORS preflight for browsers on other sites (see lib/api/http.ts). */
export const OPTIONS = corsPreflight
