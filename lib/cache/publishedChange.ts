/**
 * A document's published version as stored (read with `draft: false, locale: 'all'`): null when
 * there is no such document. Localized fields are objects keyed by locale.
 */
export type PublishedState = { updatedAt?: string | null; _status?: unknown } & Record<
  string,
  unknown
>

/** What readers could see before and after one write, when that changed. */
export type PublishedChange = {
  /** The version readers saw before (null: nothing was public). */
  before: PublishedState | null
  /** The version readers see now (null: nothing is public any more). */
  after: PublishedState | null
  /** The document appeared, disappeared, or a field shown in lists changed (any locale). */
  listChanged: boolean
}

/** Published in at least one locale (`_status` is an object per locale when localized). */
export function isPublished(state: PublishedState | null | undefined): boolean {
  const status = state?._status
  if (status && typeof status === 'object') return Object.values(status).includes('published')
  return status === 'published'
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * Compares the stored published version before and after a write. Returns null when readers
 * see nothing new: a draft save or autosave leaves the stored version (and its updatedAt)
 * untouched, and a save of a never-published document changes nothing public.
 *
 * @param before the stored version before the write (null for a create)
 * @param after the stored version after the write (null for a delete)
 * @param listFields fields that lists of these documents show (titles, paths, order...)
 */
export function publishedChange(
  before: PublishedState | null,
  after: PublishedState | null,
  listFields: readonly string[],
): PublishedChange | null {
  if (before && after && before.updatedAt === after.updatedAt) return null
  const was = isPublished(before) ? before : null
  const now = isPublished(after) ? after : null
  if (!was || !now) return was || now ? { before: was, after: now, listChanged: true } : null
  const listChanged = listFields.some((field) => !same(was[field], now[field]))
  return { before: was, after: now, listChanged }
}
