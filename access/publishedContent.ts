import type { CollectionConfig } from 'payload'

import { authenticatedOrPublished } from './authenticatedOrPublished'
import { canDeleteContent, canSaveDraftOrPublish, canWriteContent } from './publishing'

/**
 * Content with drafts: content staff write drafts and see drafts and versions; only publishers
 * and admins publish, unpublish or delete what is published; the public sees what is published.
 * Pair with hooks/draftsOnlyForAuthors.ts, which refuses an author's writes that are not drafts.
 */
export const publishedContentAccess: CollectionConfig['access'] = {
  create: canWriteContent,
  read: authenticatedOrPublished,
  readVersions: canWriteContent,
  update: canSaveDraftOrPublish,
  delete: canDeleteContent,
}
