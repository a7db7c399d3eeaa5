import { describe, expect, it } from 'vitest'

import { createUser, payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
const ctx = { disableRevalidate: true }

async function page(slug: string, status: 'draft' | 'published', parent?: number) {
  return db.payload.create({
    collection: 'pages',
    context: ctx,
    data: { title: `Title ${slug}`, slug, parent, _status: status },
  })
}

describe('pages: what the public may read', () => {
  it('shows published pages and hides drafts from anonymous readers', async () => {
    await page('open-page', 'published')
    await page('secret-draft', 'draft')
    const { docs } = await db.payload.find({ collection: 'pages', overrideAccess: false })
    const slugs = docs.map((d) => d.slug)
    expect(slugs).toContain('open-page')
    expect(slugs).not.toContain('secret-draft')
  })

  it('lets an editor read drafts', async () => {
    const editor = await createUser(db.payload, 'editor-reads@example.org', 'publisher')
    const { docs } = await db.payload.find({
      collection: 'pages',
      overrideAccess: false,
      user: editor,
      draft: true,
    })
    expect(docs.map((d) => d.slug)).toContain('secret-draft')
  })

  it('refuses anonymous writes', async () => {
    await expect(
      db.payload.create({
        collection: 'pages',
        overrideAccess: false,
        context: ctx,
        data: { title: 'x', slug: 'x' },
      }),
    ).rejects.toThrow()
  })

  it('keeps an unpublished change of a published page out of public reads', async () => {
    const published = await page('changing', 'published')
    await db.payload.update({
      collection: 'pages',
      id: published.id,
      context: ctx,
      draft: true,
      data: { title: 'Draft title not yet public' },
    })
    const pub = await db.payload.findByID({
      collection: 'pages',
      id: published.id,
      overrideAccess: false,
    })
    expect(pub.title).toBe('Title changing')
  })
})

describe('pages: paths', () => {
  it('builds a nested path from the parent', async () => {
    const parent = await page('guides', 'published')
    const child = await page('mediation-guide', 'published', parent.id)
    expect(child.path).toBe('guides/mediation-guide')
  })

  it('makes a typed slug URL-safe, and rejects one that cannot be', async () => {
    expect((await page('Not A Slug!', 'published')).slug).toBe('not-a-slug')
    await expect(page('ثالثی', 'published')).rejects.toThrow()
  })

  it('refuses a page as its own parent', async () => {
    const p = await page('loop', 'published')
    await expect(
      db.payload.update({ collection: 'pages', id: p.id, context: ctx, data: { parent: p.id } }),
    ).rejects.toThrow()
  })
})

describe('localization', () => {
  it('falls back to English for a missing translation only when asked to', async () => {
    const p = await page('english-only', 'published')
    const withFallback = await db.payload.findByID({ collection: 'pages', id: p.id, locale: 'pl' })
    const without = await db.payload.findByID({
      collection: 'pages',
      id: p.id,
      locale: 'pl',
      fallbackLocale: false,
    })
    expect(withFallback.title).toBe('Title english-only')
    expect(without.title).toBeFalsy()
  })
})
