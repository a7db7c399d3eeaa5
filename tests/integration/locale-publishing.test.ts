import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'

import { createUser, payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
const ctx = { disableRevalidate: true }

type Editor = Awaited<ReturnType<typeof createUser>>

/**
 * What the admin's main "Publish" button sends for the locale on screen, decided exactly as
 * node_modules/@payloadcms/ui/dist/elements/PublishButton/index.js decides it: publish every
 * locale unless `localization.defaultLocalePublishOption` is 'active', then this locale only
 * (`publishSpecificLocale`). "Publish all locales" stays in the button's menu.
 */
async function clickPublish(payload: Payload, id: number, locale: Locale, user: Editor) {
  const localization = payload.config.localization
  const publishAll = !localization || localization.defaultLocalePublishOption !== 'active'
  const form = await payload.findByID({
    collection: 'pages',
    id,
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return payload.update({
    collection: 'pages',
    id,
    locale,
    ...(publishAll ? {} : { publishSpecificLocale: locale }),
    data: { ...form, _status: 'published' },
    user,
    overrideAccess: false,
    context: ctx,
  })
}

async function saveDraft(
  payload: Payload,
  id: number,
  locale: Locale,
  title: string,
  user: Editor,
) {
  await payload.update({
    collection: 'pages',
    id,
    locale,
    draft: true,
    data: { title },
    user,
    overrideAccess: false,
    context: ctx,
  })
}

async function publicTitle(payload: Payload, id: number, locale: Locale) {
  const doc = await payload.findByID({
    collection: 'pages',
    id,
    locale,
    fallbackLocale: false,
    depth: 0,
    overrideAccess: false,
  })
  return doc.title
}

async function publishedPage(slug: string) {
  const page = await db.payload.create({
    collection: 'pages',
    locale: 'en',
    context: ctx,
    data: { title: 'English v1', slug, _status: 'published' },
  })
  for (const [locale, title] of [
    ['pl', 'Polski v1'],
    ['ur', 'اردو v1'],
  ] as const) {
    await db.payload.update({
      collection: 'pages',
      id: page.id,
      locale,
      context: ctx,
      data: { title, _status: 'published' },
      publishAllLocales: true,
    })
  }
  return page.id
}

describe('per-language publishing', () => {
  it.each<[Locale, Locale]>([
    ['pl', 'en'],
    ['en', 'pl'],
    ['ur', 'pl'],
  ])('publishing %s does not publish the %s draft', async (publishing, other) => {
    const user = await createUser(db.payload, `pub-${publishing}-${other}@example.org`, 'publisher')
    const id = await publishedPage(`per-locale-${publishing}-${other}`)
    const before = await publicTitle(db.payload, id, other)
    await saveDraft(db.payload, id, other, `${other} draft, not ready`, user)
    await saveDraft(db.payload, id, publishing, `${publishing} v2`, user)

    await clickPublish(db.payload, id, publishing, user)

    expect(await publicTitle(db.payload, id, publishing)).toBe(`${publishing} v2`)
    expect(await publicTitle(db.payload, id, other)).toBe(before)
    // The other translator's draft is kept, ready for them to publish.
    const draft = await db.payload.findByID({
      collection: 'pages',
      id,
      locale: other,
      draft: true,
      depth: 0,
      user,
      overrideAccess: false,
    })
    expect(draft.title).toBe(`${other} draft, not ready`)
  })

  it('publishing every language is a deliberate choice, and does what it says', async () => {
    const user = await createUser(db.payload, 'pub-all@example.org', 'publisher')
    const id = await publishedPage('per-locale-all')
    await saveDraft(db.payload, id, 'en', 'English v2', user)
    await saveDraft(db.payload, id, 'pl', 'Polski v2', user)
    await db.payload.update({
      collection: 'pages',
      id,
      locale: 'en',
      publishAllLocales: true,
      data: { _status: 'published' },
      user,
      overrideAccess: false,
      context: ctx,
    })
    expect(await publicTitle(db.payload, id, 'en')).toBe('English v2')
    expect(await publicTitle(db.payload, id, 'pl')).toBe('Polski v2')
  })

  it.each([
    ['a page never published', 'draft' as const],
    ['a page unpublished since', 'unpublished' as const],
  ])('a translation of %s cannot go live alone', async (_name, state) => {
    const user = await createUser(db.payload, `pub-first-${state}@example.org`, 'publisher')
    const page = await db.payload.create({
      collection: 'pages',
      locale: 'en',
      context: ctx,
      data: {
        title: 'English only draft',
        slug: `first-${state}`,
        _status: state === 'draft' ? 'draft' : 'published',
      },
    })
    if (state === 'unpublished') {
      await db.payload.update({
        collection: 'pages',
        id: page.id,
        context: ctx,
        data: { _status: 'draft' },
      })
    }
    await saveDraft(db.payload, page.id, 'pl', 'Tylko po polsku', user)
    await expect(clickPublish(db.payload, page.id, 'pl', user)).rejects.toThrow(
      /English version first/,
    )
    const pub = await db.payload.find({
      collection: 'pages',
      where: { id: { equals: page.id } },
      overrideAccess: false,
    })
    expect(pub.totalDocs).toBe(0)
  })
})
