import { apiJson, corsPreflight } from '@/lib/api/http'
import { taxonomyById } from '@/lib/openReferral/responses'

/** GET /openreferral/taxonomies/{id}: the taxonomy of service kinds. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/openreferral/taxonomies/[id]'>,
) {
  const { status, body } = taxonomyById((await params).id)
  return apiJson(status, body)
}

/** CORS preflight for browsers on other sites (see lib/api/http.ts). */
export const OPTIONS = corsPreflight
