import { cache } from 'react'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/read'
import { CACHE_TAGS, pageTag } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { Page } from '@/payload-types'

import { getPageByPathWith } from './pageByPath'

export type PageSummary = Pick<Page, 'id' | 'title' | 'summary' | 'path' | 'order'> & {
  parentId: number | null
}

/** Every published page's path and last change, for generateStaticParams and the sitemap. */
export const listPublishedPages = cachedRead(
  'pages-index',
  [CACHE_TAGS.pageIndex],
  async (): Promise<{ path: string; updatedAt: string }[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'pages',
      where: { _status: { equals: 'published' } },
      select: { path: true, updatedAt: true },
      depth: 0,
      limit: 1000,
      pagination: false,
      overrideAccess: false,
    })
    return docs.flatMap((doc) => (doc.path ? [{ path: doc.path, updatedAt: doc.updatedAt }] : []))
  },
)

/** Published pages in the reader's language (falling back to English), in menu order. */
export const listPages = cachedRead(
  'pages-navigation',
  [CACHE_TAGS.pageNavigation],
  async (locale: Locale): Promise<PageSummary[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'pages',
      locale,
      fallbackLocale: defaultLocale,
      select: { title: true, summary: true, path: true, order: true, parent: true },
      depth: 0,
      sort: 'order',
      limit: 1000,
      pagination: false,
      overrideAccess: false,
    })
    return docs.map((doc) => ({
      id: doc.id,
      title: doc.title,
      summary: doc.summary,
      path: doc.path,
      order: doc.order,
      parentId: (typeof doc.parent === 'object' ? doc.parent?.id : doc.parent) ?? null,
    }))
  },
)

const getPublishedPageByPath = cachedRead(
  'page-by-path',
  (_locale: Locale, path: string) => [pageTag(path)],
  async (locale: Locale, path: string) => getPageByPathWith(await getPayloadClient(), locale, path),
)

/**
 * One page by path in the reader's language, noting where English stands in. Published pages
 * are cached under the page's tag (a missing page too, until one is published there); drafts,
 * read in preview only, never are.
 */
export const getPageByPath = cache(async (locale: Locale, path: string, draft = false) =>
  draft
    ? getPageByPathWith(await getPayloadClient(), locale, path, true)
    : getPublishedPageByPath(locale, path),
)
