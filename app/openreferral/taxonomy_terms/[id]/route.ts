import { apiJson } from '@/lib/api/http'
import { taxonomyTermById } from '@/lib/openReferral/responses'

/** GET /openreferral/taxonomy_terms/{id}: one kind of service, with its taxonomy. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/openreferral/taxonomy_terms/[id]'>,
) {
  const { status, body } = taxonomyTermById((await params).id)
  return apiJson(status, body)
}
