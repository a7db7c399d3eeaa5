import type { SanitizedConfig } from 'payload'

import { getPayloadClient } from '@/lib/payload'

import { restRefusal, restSchemaFrom, uploadFileLookup, type RestSchema } from './payloadRest'

type Handler = (
  request: Request,
  args: { params: Promise<{ slug?: string[] }> },
) => Promise<Response>
type Handlers = Record<'GET' | 'POST' | 'DELETE' | 'PATCH' | 'PUT' | 'OPTIONS', Handler>

const notOk = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * Wraps the handlers Payload generates for app/(payload)/api/[...slug]/route.ts:
 * - every method but OPTIONS first passes restRefusal (lib/http/payloadRest.ts), so malformed
 *   ids and filters get Payload-shaped 400/404 JSON instead of a database error's 500;
 * - a file no upload document owns is 404 (Payload answers 500, "missing on the disk");
 * - HEAD is added: Payload routes only GET, so `HEAD /api/media/file/x.pdf` was 404 while GET
 *   was 200. HEAD runs GET and sends its status and headers without the body (RFC 9110 9.3.2).
 *
 * Takes the Payload config (a promise, as `@payload-config` exports it) and Payload's handlers
 * for GET, POST, DELETE, PATCH, PUT and OPTIONS; returns the same handlers plus HEAD. Refusals
 * are `{ errors: [{ message }] }` with `Cache-Control: no-store`. The REST schema is read once,
 * on the first request; errors from loading the config or Payload reject that request's promise.
 */
export function guardPayloadRest(config: Promise<SanitizedConfig>, handlers: Handlers) {
  let schema: Promise<RestSchema> | undefined
  const schemaOf = () =>
    (schema ??= Promise.all([config, getPayloadClient()]).then(([sanitized, payload]) =>
      restSchemaFrom(sanitized, payload.db.defaultIDType === 'number' ? 'number' : 'text'),
    ))

  const guard =
    (handler: Handler): Handler =>
    async (request, args) => {
      const url = new URL(request.url)
      const schema = await schemaOf()
      const refusal = restRefusal(schema, url.pathname, url.searchParams)
      if (refusal) return notOk(refusal.status, refusal.message)
      const file = request.method === 'GET' ? uploadFileLookup(schema, url.pathname) : null
      if (file && 'notFound' in file) return notOk(404, 'Not Found')
      if (file) {
        const payload = await getPayloadClient()
        const { totalDocs } = await payload.count({
          ...file,
          collection: file.collection as 'media',
        })
        if (totalDocs === 0) return notOk(404, 'Not Found')
      }
      return handler(request, args)
    }

  const GET = guard(handlers.GET)
  const HEAD: Handler = async (request, args) => {
    const asGet = new Request(request.url, { method: 'GET', headers: request.headers })
    const response = await GET(asGet, args)
    await response.body?.cancel()
    return new Response(null, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    })
  }
  return {
    GET,
    HEAD,
    POST: guard(handlers.POST),
    DELETE: guard(handlers.DELETE),
    PATCH: guard(handlers.PATCH),
    PUT: guard(handlers.PUT),
    OPTIONS: handlers.OPTIONS,
  }
}
