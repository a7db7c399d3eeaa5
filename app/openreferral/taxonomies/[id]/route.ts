import { apiJson } from '@/lib/api/http'
import { taxonomyById } from '@/lib/openReferral/responses'

/** GET /openreferral/taxonomies/{id}: the taxonomy of service kinds. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/openreferral/taxonomies/[id]'>,
) {
  const { status, body } = taxonomyById((await params).id)
  return apiJson(status, body)
}
