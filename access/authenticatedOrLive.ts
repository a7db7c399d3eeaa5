import type { Access, Where } from 'payload'

import { CONTENT_ROLES, hasRole } from './roles'

// An empty date: absent, or null (MongoDB keeps a cleared date as null, which `exists` misses).
const open = (field: string): Where[] => [
  { [field]: { exists: false } },
  { [field]: { equals: null } },
]

/**
 * Staff see everything; the public sees a document only while it is published and inside its
 * `startsAt`/`endsAt` window (an empty start or end leaves that side open).
 */
export const authenticatedOrLive: Access = ({ req }) => {
  if (hasRole(req.user, ...CONTENT_ROLES)) return true
  const now = new Date().toISOString()
  const live: Where = {
    and: [
      { _status: { equals: 'published' } },
      { or: [...open('startsAt'), { startsAt: { less_than_equal: now } }] },
      { or: [...open('endsAt'), { endsAt: { greater_than: now } }] },
    ],
  }
  return live
}
