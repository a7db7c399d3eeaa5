import type { CollectionSlug, FieldHook } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { publishedBeforeWrite } from '@/lib/cache/publishedBefore'
import { changedTextFields, textInLocale } from '@/lib/translationStatus'

/**
 * `contentUpdatedAt`'s hook: on a publish, in the language being published, now when the text
 * readers get changes (title, summary, body, search-engine texts: lib/translationStatus) or is
 * published for the first time; otherwise the stored value. Drafts and autosaves never set it.
 *
 * The previously published text is the write's one read of what readers had until now
 * (lib/cache/publishedBefore.ts, shared with the cache snapshot and the old-path check), taken
 * before the write, so the draft in progress is not in it; its texts in the language published,
 * without fallback.
 */
export const stampPublishedTextChange: FieldHook = async ({
  value,
  data,
  originalDoc,
  collection,
  req,
}) => {
  if (data?._status !== 'published' || !collection) return value
  const locale = req.locale && req.locale !== 'all' ? req.locale : defaultLocale
  const stored = originalDoc?.id
    ? await publishedBeforeWrite(req, collection.slug as CollectionSlug, originalDoc.id)
    : null
  const published = stored && { ...stored, ...textInLocale(stored, locale) }
  const firstPublish = !published || (published as { _status?: string })._status !== 'published'
  if (firstPublish || changedTextFields(published, data).length > 0) {
    return new Date().toISOString()
  }
  // Unchanged text keeps its date; a document from before this field (not backfilled: MongoDB)
  // gets its last publish's time rather than now.
  return value ?? originalDoc?.contentUpdatedAt ?? (published as { updatedAt?: string }).updatedAt
}
