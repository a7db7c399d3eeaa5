import { describe, expect, it } from 'vitest'

import { seed } from '@/content/seedRunner'
import { getPageByPathWith } from '@/lib/queries/pageByPath'

import { payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()

describe('the seed', () => {
  it('fills an empty database with published guides and never seeds a password', async () => {
    delete process.env.SEED_ADMIN_EMAIL
    const result = await seed(db.payload)
    expect(result).toEqual({ seeded: true, pages: 12 })
    const { docs } = await db.payload.find({
      collection: 'pages',
      overrideAccess: false,
      limit: 50,
    })
    expect(docs).toHaveLength(12)
    expect(await db.payload.count({ collection: 'users' })).toEqual({ totalDocs: 0 })
  })

  it('does nothing the second time', async () => {
    expect(await seed(db.payload)).toEqual({ seeded: false, pages: 12 })
  })

  it('stores translations', async () => {
    const translated = await getPageByPathWith(db.payload, 'pl', 'resolving-a-disagreement')
    expect(translated?.isFallback).toBe(false)
    expect(translated?.page.title).not.toBe('Resolving a disagreement')
  })

  it('shows a page not yet translated in English, marked as a fallback', async () => {
    // Any locale added to i18n/locales.ts starts like this, before its translations exist.
    await db.payload.create({
      collection: 'pages',
      context: { disableRevalidate: true },
      data: { title: 'English only', slug: 'english-only', body: null, _status: 'published' },
    })
    for (const locale of ['pl', 'ur'] as const) {
      const fallback = await getPageByPathWith(db.payload, locale, 'english-only')
      expect(fallback?.isFallback).toBe(true)
      expect(fallback?.page.title).toBe('English only')
    }
    expect((await getPageByPathWith(db.payload, 'en', 'english-only'))?.isFallback).toBe(false)
  })

  it('finds nothing for a path that does not exist', async () => {
    expect(await getPageByPathWith(db.payload, 'en', 'no/such/page')).toBeNull()
  })
})
