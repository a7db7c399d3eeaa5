import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { purge, type Purge } from './purge'
import { forgetPublishedBefore, publishedBeforeWrite } from './publishedBefore'
import { publishedChange, type PublishedChange, type PublishedState } from './publishedChange'

type PublishedTarget = {
  collection: CollectionSlug
  /** Fields lists of these documents show; a change to one purges the lists too. */
  listFields: readonly string[]
  /** The tags and paths one published change makes stale. */
  purgeFor: (change: PublishedChange) => Partial<Purge>
}

// Kept per request object: Payload replaces req.context with a copy whenever a Local API call
// is given the request (as the snapshot's own read is), so a value put there would be lost.
const snapshots = new WeakMap<PayloadRequest, Map<string, PublishedState | null>>()
const snapshotKey = (collection: string, id: unknown) => `${collection}:${id}`

/** The stored published version after a write (what readers get now), in every locale; null if none. */
async function readPublished(
  req: PayloadRequest,
  target: PublishedTarget,
  id: number | string,
): Promise<PublishedState | null> {
  const select = Object.fromEntries(
    ['_status', 'updatedAt', ...target.listFields].map((field) => [field, true]),
  )
  // Given `req` (to read inside the write's transaction), the Local API sets req.locale,
  // req.fallbackLocale and req.context for its own use; the write in progress needs its own back.
  const { locale, fallbackLocale, context } = req
  try {
    const doc = await req.payload.findByID({
      collection: target.collection,
      id,
      draft: false,
      locale: 'all',
      depth: 0,
      select,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    return (doc as PublishedState | null) ?? null
  } finally {
    Object.assign(req, { locale, fallbackLocale, context })
  }
}

/**
 * Hooks for a collection with drafts: purge only when what readers see changed. A draft save
 * or autosave writes a version and leaves the stored published document alone, so comparing
 * that document before and after the write tells the two apart (the hook arguments do not:
 * an autosave of a published page and an unpublish both look like "published -> draft").
 */
export function purgeOnPublishedChange(target: PublishedTarget): {
  beforeChange: CollectionBeforeChangeHook
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  return {
    beforeChange: async ({ data, operation, originalDoc, req, context }) => {
      if (operation === 'update' && originalDoc?.id && !context.disableRevalidate) {
        // Shared with the write's other hooks (lib/cache/publishedBefore.ts).
        const before = await publishedBeforeWrite(req, target.collection, originalDoc.id)
        const forRequest = snapshots.get(req) ?? new Map()
        forRequest.set(snapshotKey(target.collection, originalDoc.id), before)
        snapshots.set(req, forRequest)
      }
      return data
    },
    afterChange: async ({ doc, operation, req, context }) => {
      forgetPublishedBefore(req, target.collection, doc.id)
      if (context.disableRevalidate) return doc
      const key = snapshotKey(target.collection, doc.id)
      const before = operation === 'update' ? (snapshots.get(req)?.get(key) ?? null) : null
      snapshots.get(req)?.delete(key)
      const change = publishedChange(
        before,
        await readPublished(req, target, doc.id),
        target.listFields,
      )
      if (change) await purge(target.purgeFor(change), context)
      return doc
    },
    afterDelete: async ({ doc, context }) => {
      const change = publishedChange(doc as PublishedState, null, target.listFields)
      if (change) await purge(target.purgeFor(change), context)
      return doc
    },
  }
}

/** Hooks for content without drafts (every save is live): purge the given tags. */
export function purgeTagsOnChange(tags: readonly string[]): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  const hook = async ({ doc, context }: { doc: unknown; context: PayloadRequest['context'] }) => {
    await purge({ tags: [...tags] }, context)
    return doc
  }
  return { afterChange: hook, afterDelete: hook }
}

/** A global's afterChange hook that purges the given tags. */
export function purgeGlobalTags(tags: readonly string[]): GlobalAfterChangeHook {
  return async ({ doc, context }) => {
    await purge({ tags: [...tags] }, context)
    return doc
  }
}
