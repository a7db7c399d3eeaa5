import type { Payload } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'

export type LocalizedPage = {
  page: Page
  /** True when some of what the reader sees is the English text, not their language. */
  isFallback: boolean
}

/**
 * One page by path. Asks for the reader's language without fallback first, so we know when
 * the English text stands in and can say so.
 */
export async function getPageByPathWith(
  payload: Payload,
  locale: Locale,
  path: string,
  draft = false,
): Promise<LocalizedPage | null> {
  const query = async (inLocale: Locale) =>
    (
      await payload.find({
        collection: 'pages',
        where: { path: { equals: path } },
        locale: inLocale,
        fallbackLocale: false,
        draft,
        depth: 0,
        limit: 1,
        pagination: false,
        // Drafts are only asked for in preview, after the preview route checked a staff login.
        overrideAccess: draft,
      })
    ).docs[0]
  const page = await query(locale)
  if (!page) return null
  if (locale === defaultLocale || (page.title && page.body)) return { page, isFallback: false }
  const english = (await query(defaultLocale)) ?? page
  return {
    page: {
      ...english,
      title: page.title || english.title,
      summary: page.summary || english.summary,
      body: page.body || english.body,
    },
    isFallback: true,
  }
}
