import type { CollectionSlug, PayloadRequest } from 'payload'

import type { PublishedState } from './publishedChange'

// Kept per request object: Payload replaces req.context with a copy whenever a Local API call
// is given the request (as this read is), so a value put there would be lost.
const reads = new WeakMap<PayloadRequest, Map<string, Promise<PublishedState | null>>>()
const keyOf = (collection: string, id: number | string) => `${collection}:${id}`

/**
 * The stored published version of a document (what readers had until this write: `draft: false`,
 * `locale: 'all'`, depth 0, every field; null when there is none) read once per write on `req`
 * and shared by that write's hooks: the old path (collections/Pages/hooks/redirectOldPaths.ts),
 * "last updated" (fields/contentUpdatedAt.ts) and the cache snapshot (lib/cache/hooks.ts).
 * Read inside the write's transaction, before the write itself. The write's afterChange calls
 * forgetPublishedBefore, so a later write on the same request reads again. Never throws.
 */
export function publishedBeforeWrite(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<PublishedState | null> {
  const forRequest = reads.get(req) ?? new Map<string, Promise<PublishedState | null>>()
  reads.set(req, forRequest)
  const key = keyOf(collection, id)
  let read = forRequest.get(key)
  if (!read) {
    read = readStored(req, collection, id)
    forRequest.set(key, read)
  }
  return read
}

/** Drops the shared read of this document (its write is done). */
export function forgetPublishedBefore(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): void {
  reads.get(req)?.delete(keyOf(collection, id))
}

async function readStored(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<PublishedState | null> {
  // Given `req`, the Local API sets req.locale, req.fallbackLocale and req.context for its own
  // use; the write in progress needs its own back.
  const { locale, fallbackLocale, context } = req
  try {
    const doc = await req.payload.findByID({
      collection,
      id,
      draft: false,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    return (doc as PublishedState | null) ?? null
  } catch {
    return null
  } finally {
    Object.assign(req, { locale, fallbackLocale, context })
  }
}
