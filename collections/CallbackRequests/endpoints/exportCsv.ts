import type { PayloadHandler, Where } from 'payload'

import { hasCallbackInbox } from '@/access/callbackInbox'
import {
  callbackCsv,
  exportFilterFrom,
  exportWhere,
  type ExportableRequest,
} from '@/lib/callback/csv'

const noStore = { 'Cache-Control': 'no-store' }

/**
 * GET /api/callback-requests/export.csv?status=&provider=&from=&to= : the requests the signed-in
 * user may read (the collection's own access rules apply), as CSV. 401 when signed out, 403 without
 * an inbox, 400 with `{ errors: [names] }` for a bad filter.
 */
export const exportCsv: PayloadHandler = async (req) => {
  if (!req.user) return Response.json({ errors: ['signIn'] }, { status: 401, headers: noStore })
  if (!hasCallbackInbox(req.user)) {
    return Response.json({ errors: ['forbidden'] }, { status: 403, headers: noStore })
  }
  const parsed = exportFilterFrom(new URL(req.url ?? '', 'http://localhost').searchParams)
  if (!parsed.ok) return Response.json({ errors: parsed.errors }, { status: 400, headers: noStore })
  const { docs } = await req.payload.find({
    collection: 'callback-requests',
    where: exportWhere(parsed.filter) as Where,
    overrideAccess: false,
    user: req.user,
    req,
    depth: 1,
    pagination: false,
    sort: '-createdAt',
  })
  const day = new Date().toISOString().slice(0, 10)
  return new Response(callbackCsv(docs as ExportableRequest[]), {
    headers: {
      ...noStore,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="callback-requests-${day}.csv"`,
    },
  })
}
