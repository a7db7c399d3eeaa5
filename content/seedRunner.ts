import type { Payload } from 'payload'

import { defaultLocale, localeDir, type Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'

import { seedAlertBanners } from './alertBanners'
import { seedLetterTemplates } from './letterTemplates'
import { loadGuides, type GuideSource } from './loadGuides'
import { markdownToLexical } from './markdownToLexical'
import { seedProviders } from './providers'
import { seedRouteTexts } from './routeTexts'
import { siteSettingsSeed } from './siteSettings'

// The seed's writes happen outside a Next.js request: there is no page cache to purge yet.
const context = { disableRevalidate: true }

function pageData(guide: GuideSource) {
  return {
    title: guide.title,
    summary: guide.summary,
    body: markdownToLexical(guide.body, localeDir(guide.locale)) as unknown as Page['body'],
  }
}

/** Parents before children, so each child can point at its parent's id. */
function byDepth(guides: GuideSource[]): GuideSource[] {
  return [...guides].sort((a, b) => Number(!!a.parent) - Number(!!b.parent) || a.order - b.order)
}

export async function seedPages(payload: Payload): Promise<number> {
  const guides = loadGuides()
  const ids = new Map<string, number | string>()
  for (const guide of byDepth(guides.filter((g) => g.locale === defaultLocale))) {
    const parentId = guide.parent ? ids.get(guide.parent) : undefined
    if (guide.parent && !parentId) throw new Error(`${guide.slug}: unknown parent ${guide.parent}`)
    const page = await payload.create({
      collection: 'pages',
      locale: defaultLocale,
      context,
      data: {
        ...pageData(guide),
        slug: guide.slug,
        parent: parentId as number | undefined,
        order: guide.order,
        lastReviewed: guide.lastReviewed,
        nextReview: guide.nextReview,
        callbackForm: guide.callbackForm,
        structuredData: guide.structuredData,
        needsSecondPerson: guide.needsSecondPerson,
        _status: 'published',
      },
    })
    ids.set(guide.slug, page.id)
  }
  for (const guide of guides.filter((g) => g.locale !== defaultLocale)) {
    const id = ids.get(guide.slug)
    if (!id) throw new Error(`${guide.slug}.${guide.locale}.md has no English original`)
    await payload.update({
      collection: 'pages',
      id,
      locale: guide.locale,
      context,
      data: { ...pageData(guide), _status: 'published' },
    })
  }
  return ids.size
}

// Everything the seed creates. A database holding any of it is not empty, even if an editor has
// since deleted every page.
const SEEDED = ['pages', 'providers', 'local-authorities', 'route-texts', 'alert-banners'] as const

/** True when none of the seeded collections holds a document (drafts and all). */
export async function isEmptyDatabase(payload: Payload): Promise<boolean> {
  for (const collection of SEEDED) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) return false
  }
  return true
}

/**
 * Seeds an empty database, once; on any other database it does nothing, so what editors
 * changed or deleted stays so across restarts (`npm start` runs it every time). Changes to the
 * shipped content reach existing databases through migrations, never through the seed.
 */
export async function seed(payload: Payload): Promise<{ seeded: boolean; pages: number }> {
  if (!(await isEmptyDatabase(payload))) {
    const { totalDocs } = await payload.count({ collection: 'pages', overrideAccess: true })
    return { seeded: false, pages: totalDocs }
  }
  await seedRouteTexts(payload)
  await seedProviders(payload)
  await seedLetterTemplates(payload)
  for (const [locale, data] of Object.entries(siteSettingsSeed)) {
    await payload.updateGlobal({ slug: 'site-settings', locale: locale as Locale, data, context })
  }
  const pages = await seedPages(payload)
  await seedAlertBanners(payload)
  await seedAdmin(payload)
  return { seeded: true, pages }
}

/** Only when both variables are set: no default password is ever seeded. */
async function seedAdmin(payload: Payload): Promise<void> {
  const email = process.env.SEED_ADMIN_EMAIL
  const password = process.env.SEED_ADMIN_PASSWORD
  if (!email || !password) return
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { equals: email } },
  })
  if (totalDocs === 0) {
    await payload.create({
      collection: 'users',
      data: { email, password, role: 'admin', name: 'Administrator' },
    })
  }
}
