import { apiJson, corsPreflight } from '@/lib/api/http'
import { serverUrl } from '@/lib/env'
import { apiInfo } from '@/lib/openReferral/responses'

/** GET /openreferral: the HSDS version and the Open Referral UK profile this API follows. */
export function GET() {
  const { status, body } = apiInfo(serverUrl())
  return apiJson(status, body)
}

/** CORS preflight for browsers on other sites (see lib/api/http.ts). */
export const OPTIONS = corsPreflight
