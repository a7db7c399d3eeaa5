import { describe, expect, it } from 'vitest'

import { insertMissingGuides, TIMELINE_GUIDE_SLUGS } from '@/content/insertGuides'
import { seed } from '@/content/seedRunner'
import { getPageByPathWith } from '@/lib/queries/pageByPath'
import { up } from '@/migrations/20261130_235900_timeline_guides'

import { payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
const slugs = [...TIMELINE_GUIDE_SLUGS]

// Issue 14: guides shipped after a council's database was seeded arrive through a migration.
describe('the timeline_guides migration', () => {
  it('leaves an empty database to the seed', async () => {
    expect(await insertMissingGuides(db.payload, slugs)).toEqual([])
    expect((await db.payload.count({ collection: 'pages' })).totalDocs).toBe(0)
  })

  it('adds the new guides, translated and published, to a database seeded without them', async () => {
    await seed(db.payload)
    // A database seeded before the guides shipped: the same pages without the three.
    await db.payload.delete({
      collection: 'pages',
      where: { slug: { in: slugs } },
      context: { disableRevalidate: true },
    })
    const title = await db.payload.find({
      collection: 'pages',
      where: { slug: { equals: 'mediation' } },
    })
    await db.payload.update({
      collection: 'pages',
      id: title.docs[0].id,
      data: { title: 'Edited by the council' },
      context: { disableRevalidate: true },
    })
    await up({ payload: db.payload, req: {} } as never)
    for (const slug of slugs) {
      const path = `resolving-a-disagreement/${slug}`
      const en = await getPageByPathWith(db.payload, 'en', path)
      expect(en?.page.slug, path).toBe(slug)
      for (const locale of ['pl', 'ur'] as const) {
        const translated = await getPageByPathWith(db.payload, locale, path)
        expect(translated?.isFallback, `${path} in ${locale}`).toBe(false)
        expect(translated?.page.title).not.toBe(en?.page.title)
      }
    }
    // Existing pages are never touched.
    const mediation = await getPageByPathWith(
      db.payload,
      'en',
      'resolving-a-disagreement/mediation',
    )
    expect(mediation?.page.title).toBe('Edited by the council')
  })

  it('does nothing the second time', async () => {
    const before = (await db.payload.count({ collection: 'pages' })).totalDocs
    expect(await insertMissingGuides(db.payload, slugs)).toEqual([])
    expect((await db.payload.count({ collection: 'pages' })).totalDocs).toBe(before)
  })
})
