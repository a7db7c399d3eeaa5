import { describe, expect, it } from 'vitest'

import { lawUnchangedBanner, seedAlertBanners } from '@/content/alertBanners'

import { createUser, payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
const context = { disableRevalidate: true }
const day = 24 * 60 * 60 * 1000
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * day).toISOString()

async function banner(
  title: string,
  status: 'draft' | 'published',
  window: { startsAt?: string; endsAt?: string } = {},
) {
  return db.payload.create({
    collection: 'alert-banners',
    context,
    data: { title, text: `${title} text`, severity: 'information', _status: status, ...window },
  })
}

const publicTitles = async () =>
  (await db.payload.find({ collection: 'alert-banners', overrideAccess: false })).docs.map(
    (d) => d.title,
  )

describe('alert banners: what the public may read', () => {
  it.each([
    ['a published banner with no dates', 'published', {}, true],
    ['a draft', 'draft', {}, false],
    ['published, not yet started', 'published', { startsAt: iso(1) }, false],
    ['published, inside its window', 'published', { startsAt: iso(-1), endsAt: iso(1) }, true],
    ['published, ended', 'published', { startsAt: iso(-2), endsAt: iso(-1) }, false],
  ] as const)('%s', async (title, status, window, visible) => {
    await banner(title, status, window)
    expect((await publicTitles()).includes(title)).toBe(visible)
  })

  it('keeps an unpublished change of a published banner out of public reads', async () => {
    const live = await banner('Live wording', 'published')
    await db.payload.update({
      collection: 'alert-banners',
      id: live.id,
      context,
      draft: true,
      data: { title: 'Draft wording not yet public' },
    })
    const read = await db.payload.findByID({
      collection: 'alert-banners',
      id: live.id,
      overrideAccess: false,
    })
    expect(read.title).toBe('Live wording')
  })

  it('lets an editor read drafts and banners outside their window', async () => {
    const editor = await createUser(db.payload, 'banner-editor@example.org', 'publisher')
    const { docs } = await db.payload.find({
      collection: 'alert-banners',
      overrideAccess: false,
      user: editor,
      draft: true,
    })
    const titles = docs.map((d) => d.title)
    expect(titles).toContain('a draft')
    expect(titles).toContain('published, ended')
  })

  it('refuses anonymous writes', async () => {
    await expect(
      db.payload.create({
        collection: 'alert-banners',
        overrideAccess: false,
        context,
        data: { title: 'x', text: 'y', severity: 'information', _status: 'published' },
      }),
    ).rejects.toThrow()
  })
})

describe('alert banners: validation', () => {
  it.each([
    ['an end before the start', { startsAt: iso(2), endsAt: iso(1) }],
    ['a link that is neither a site path nor https', { linkUrl: 'javascript:alert(1)' }],
    ['a protocol-relative link', { linkUrl: '//evil.example' }],
  ])('rejects %s', async (_, data) => {
    await expect(
      db.payload.create({
        collection: 'alert-banners',
        context,
        data: { title: 'Bad', text: 'Bad', severity: 'information', _status: 'published', ...data },
      }),
    ).rejects.toThrow()
  })
})

describe('the seeded banner', () => {
  it('is published, site-wide, in every language, linking to the 2026 guide', async () => {
    await seedAlertBanners(db.payload)
    for (const locale of ['en', 'pl', 'ur'] as const) {
      const { docs } = await db.payload.find({
        collection: 'alert-banners',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        where: { linkUrl: { equals: `/${locale}/resolving-a-disagreement/proposed-changes-2026` } },
      })
      expect(docs).toHaveLength(1)
      expect(docs[0].title).toBe(lawUnchangedBanner[locale].title)
      expect(docs[0].severity).toBe('information')
      expect(docs[0].pages ?? []).toEqual([])
    }
  })
})
