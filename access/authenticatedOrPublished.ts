import type { Access } from 'payload'

import { CONTENT_ROLES, hasRole } from './roles'

/** Staff see drafts; everyone else sees published documents only. */
export const authenticatedOrPublished: Access = ({ req }) => {
  if (hasRole(req.user, ...CONTENT_ROLES)) return true
  return { _status: { equals: 'published' } }
}
