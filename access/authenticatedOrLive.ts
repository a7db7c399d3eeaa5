import type { Access, Where } from 'payload'

import { hasRole } from './roles'

/**
 * Staff see everything; the public sees a document only while it is published and inside its
 * `startsAt`/`endsAt` window (an empty start or end leaves that side open).
 */
export const authenticatedOrLive: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const now = new Date().toISOString()
  const live: Where = {
    and: [
      { _status: { equals: 'published' } },
      { or: [{ startsAt: { exists: false } }, { startsAt: { less_than_equal: now } }] },
      { or: [{ endsAt: { exists: false } }, { endsAt: { greater_than: now } }] },
    ],
  }
  return live
}
