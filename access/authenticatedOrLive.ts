import type { Access, Where } from 'payload'

import { canWriteContent } from './publishing'

// An empty date: absent, or null (MongoDB keeps a cleared date as null, which `exists` misses).
const open = (field: string): Where[] => [
  { [field]: { exists: false } },
  { [field]: { equals: null } },
]

/**
 * Staff who write content (canWriteContent) see everything; the public sees a document only while
 * it is published and inside its `startsAt`/`endsAt` window (an empty start or end leaves that
 * side open).
 */
export const authenticatedOrLive: Access = ({ req }) => {
  if (canWriteContent({ req })) return true
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
