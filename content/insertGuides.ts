import type { Payload, PayloadRequest } from 'payload'

import { defaultLocale, localeDir } from '@/i18n/locales'
import type { Page } from '@/payload-types'

import { loadGuides, type GuideSource } from './loadGuides'
import { markdownToLexical } from './markdownToLexical'

/** The guides issue 14 added ("For young people", "What happens at mediation / a hearing"). */
export const TIMELINE_GUIDE_SLUGS = [
  'young-people',
  'what-happens-at-mediation',
  'what-happens-at-a-tribunal-hearing',
] as const

const context = { disableRevalidate: true }

const pageData = (guide: GuideSource) => ({
  title: guide.title,
  summary: guide.summary,
  body: markdownToLexical(guide.body, localeDir(guide.locale)) as unknown as Page['body'],
})

/**
 * Brings guides shipped after a database was first seeded into that database: each slug that has
 * no page yet is created from content/pages in every locale, published, under its parent (found
 * by slug; at the top level if an editor has removed the parent). Pages that exist are never
 * touched, so editors' changes and deletions of other pages stay as they are. An empty database is
 * left alone: the seed fills it with every guide. Pass the migration's `req` so the writes join
 * its transaction. Returns the slugs it created.
 */
export async function insertMissingGuides(
  payload: Payload,
  slugs: readonly string[],
  req?: Partial<PayloadRequest>,
): Promise<string[]> {
  const { totalDocs } = await payload.count({ collection: 'pages', overrideAccess: true, req })
  if (totalDocs === 0) return []
  const guides = loadGuides()
  const bySlug = async (slug: string) =>
    (
      await payload.find({
        collection: 'pages',
        where: { slug: { equals: slug } },
        limit: 1,
        depth: 0,
        draft: true,
        overrideAccess: true,
        req,
      })
    ).docs[0]
  const created: string[] = []
  for (const slug of slugs) {
    const english = guides.find((g) => g.slug === slug && g.locale === defaultLocale)
    if (!english) throw new Error(`content/pages has no ${slug}.${defaultLocale}.md`)
    if (await bySlug(slug)) continue
    const parent = english.parent ? await bySlug(english.parent) : undefined
    const page = await payload.create({
      collection: 'pages',
      locale: defaultLocale,
      context,
      req,
      overrideAccess: true,
      data: {
        ...pageData(english),
        slug,
        parent: parent?.id,
        order: english.order,
        lastReviewed: english.lastReviewed,
        nextReview: english.nextReview,
        callbackForm: english.callbackForm,
        structuredData: english.structuredData,
        needsSecondPerson: english.needsSecondPerson,
        _status: 'published',
      },
    })
    for (const guide of guides.filter((g) => g.slug === slug && g.locale !== defaultLocale)) {
      await payload.update({
        collection: 'pages',
        id: page.id,
        locale: guide.locale,
        context,
        req,
        overrideAccess: true,
        data: { ...pageData(guide), _status: 'published' },
      })
    }
    created.push(slug)
  }
  return created
}
