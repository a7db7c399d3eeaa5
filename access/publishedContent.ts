import type { CollectionConfig } from 'payload'

import { authenticatedOrPublished } from './authenticatedOrPublished'
import { isEditor } from './isEditor'

/** Content with drafts: staff write and see drafts and versions; the public sees what is published. */
export const publishedContentAccess: CollectionConfig['access'] = {
  create: isEditor,
  read: authenticatedOrPublished,
  readVersions: isEditor,
  update: isEditor,
  delete: isEditor,
}
