import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { authorWriteRefusal } from '@/access/publishing'
import { hasRole } from '@/access/roles'

const WRITES = new Set(['create', 'update', 'restoreVersion'])

/**
 * Authors write drafts only, through the admin, REST and the Local API with
 * `overrideAccess: false`: a create, update or version restore by an author that is not a draft
 * save, or that asks for `_status: 'published'`, is refused with 403 and a message saying what to
 * do instead (access/publishing.ts, `authorWriteRefusal`). Runs before access control, so the
 * admin shows this message rather than a bare "not allowed". Trusted server code
 * (`overrideAccess`) is not limited. For every collection with drafts.
 */
export const draftsOnlyForAuthors: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
}) => {
  if (overrideAccess || !WRITES.has(operation)) return args
  if (!hasRole(args.req?.user, 'author')) return args
  const { data, draft } = args as { data?: { _status?: unknown }; draft?: boolean }
  const refusal = authorWriteRefusal({ draft, status: data?._status })
  if (refusal) throw new APIError(refusal, 403, undefined, true)
  return args
}
