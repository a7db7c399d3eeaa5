import type { FieldHook } from 'payload'

import { changedTextFields } from '@/lib/translationStatus'

/**
 * `contentUpdatedAt`'s hook: on a publish, in the language being published, now when the text
 * readers get changes (title, summary, body, search-engine texts: lib/translationStatus) or is
 * published for the first time; otherwise the stored value. Drafts and autosaves never set it.
 *
 * The previously published text is read without `req`, outside the write, so it is what readers
 * had until now (the draft in progress is not in it).
 */
export const stampPublishedTextChange: FieldHook = async ({
  value,
  data,
  originalDoc,
  collection,
  req,
}) => {
  if (data?._status !== 'published' || !collection) return value
  const locale = req.locale && req.locale !== 'all' ? req.locale : undefined
  const published = originalDoc?.id
    ? await req.payload.findByID({
        collection: collection.slug,
        id: originalDoc.id,
        draft: false,
        locale,
        fallbackLocale: false,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
    : null
  const firstPublish = !published || (published as { _status?: string })._status !== 'published'
  if (firstPublish || changedTextFields(published, data).length > 0) {
    return new Date().toISOString()
  }
  // Unchanged text keeps its date; a document from before this field (not backfilled: MongoDB)
  // gets its last publish's time rather than now.
  return value ?? originalDoc?.contentUpdatedAt ?? (published as { updatedAt?: string }).updatedAt
}
