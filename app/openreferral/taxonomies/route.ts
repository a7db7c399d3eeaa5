import type { NextRequest } from 'next/server'

import { apiJson, corsPreflight } from '@/lib/api/http'
import { taxonomiesList } from '@/lib/openReferral/responses'

/** GET /openreferral/taxonomies: the one taxonomy of service kinds (fixed in code). */
export function GET(request: NextRequest) {
  const { status, body } = taxonomiesList(request.nextUrl.searchParams)
  return apiJson(status, body)
}

/** CORS preflight for browsers on other sites (see lib/api/http.ts). */
export const OPTIONS = corsPreflight
