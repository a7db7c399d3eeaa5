import type { Payload } from 'payload'

import { isLexicalDocument } from '@/lib/richText/lexical'
import { referencedIds, type MediaItem, type RichTextRefs } from '@/components/RichText/refs'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { validDocumentIds } from '@/lib/db/documentId'

type PageRef = { id: number | string; path?: string | null; title?: string | null }

/**
 * The documents a page body refers to by id, for components/RichText: published pages (their
 * current path and title in the reader's language, from `pages`, the list the page already
 * has) and media (url, sizes and alt text in the reader's language, English when missing).
 * One query for media, none when the body has no images.
 */
export async function richTextRefs(
  payload: Payload,
  body: unknown,
  locale: Locale,
  pages: PageRef[],
): Promise<RichTextRefs> {
  const ids = referencedIds(isLexicalDocument(body) ? body.root : undefined)
  const wanted = new Set(ids.pages)
  const refs: RichTextRefs = { pages: new Map(), media: new Map() }
  for (const page of pages) {
    if (wanted.has(String(page.id)) && page.path) {
      refs.pages.set(String(page.id), { path: page.path, title: page.title ?? page.path })
    }
  }
  // A broken reference (an id this database cannot hold) is left out, never a failed query.
  const mediaIds = validDocumentIds(payload.db.defaultIDType, ids.media)
  if (mediaIds.length) {
    const { docs } = await payload.find({
      collection: 'media',
      where: { id: { in: mediaIds } },
      locale,
      fallbackLocale: defaultLocale,
      depth: 0,
      limit: mediaIds.length,
      pagination: false,
      overrideAccess: false,
    })
    for (const doc of docs) refs.media.set(String(doc.id), doc as MediaItem)
  }
  return refs
}
