import { apiJson, corsPreflight } from '@/lib/api/http'
import { taxonomyTermById } from '@/lib/openReferral/responses'

/** GET /openreferral/taxonomy_terms/{id}: one kind of service, with its taxonomy. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/openreferral/taxonomy_terms/[id]'>,
) {
  const { status, body } = taxonomyTermById((await params).id)
  return apiJson(status, body)
}

/** CORS preflight for browsers on other sites (see lib/api/http.ts). */
export const OPTIONS = corsPreflight
