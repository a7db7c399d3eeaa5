import { apiJson } from '@/lib/api/http'

/** Any other path under /openreferral is a JSON 404, like the rest of the API (never HTML). */
function notFound() {
  return apiJson(404, { error: 'Not found' })
}

export const GET = notFound
export const HEAD = notFound
export const POST = notFound
export const PUT = notFound
export const PATCH = notFound
export const DELETE = notFound
