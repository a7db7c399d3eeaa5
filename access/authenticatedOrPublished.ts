import type { Access } from 'payload'

import { canWriteContent } from './publishing'

/** Staff who write content (canWriteContent) see drafts; everyone else published documents only. */
export const authenticatedOrPublished: Access = ({ req }) => {
  if (canWriteContent({ req })) return true
  return { _status: { equals: 'published' } }
}
