import type { CollectionBeforeOperationHook, Where } from 'payload'

import { AUTHOR_DELETE_REFUSAL, authorWriteRefusal, refusal } from '@/access/publishing'
import { hasRole } from '@/access/roles'

const WRITES = new Set(['create', 'update', 'restoreVersion'])

/**
 * Authors write drafts only, through the admin, REST and the Local API with
 * `overrideAccess: false`: a create, update or version restore by an author that is not a draft
 * save, or that asks for `_status: 'published'`, is refused with 403 and a message saying what to
 * do instead (access/publishing.ts, `authorWriteRefusal`); so is deleting a published document
 * (access already refuses it; this says why). Runs before access control, so the admin shows
 * this message rather than a bare "not allowed". Trusted server code (`overrideAccess`) is not
 * limited. For every collection with drafts.
 */
export const draftsOnlyForAuthors: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
}) => {
  if (overrideAccess || !hasRole(args.req?.user, 'author')) return args
  if (operation === 'delete') {
    const { id, where } = args as { id?: number | string; where?: Where }
    const scope: Where = id !== undefined ? { id: { equals: id } } : (where ?? {})
    const { totalDocs } = await args.req!.payload.count({
      collection: collection.slug as 'pages',
      where: { and: [scope, { _status: { equals: 'published' } }] },
      overrideAccess: true,
      req: args.req,
    })
    if (totalDocs > 0) throw refusal(AUTHOR_DELETE_REFUSAL)
    return args
  }
  if (!WRITES.has(operation)) return args
  const { data, draft } = args as { data?: { _status?: unknown }; draft?: boolean }
  const reason = authorWriteRefusal({ draft, status: data?._status })
  if (reason) throw refusal(reason)
  return args
}
