import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { memoryReadCache } from '@/lib/cache/memory'
import { cachedOpenReferralProviders } from '@/lib/openReferral/load'
import { findProviders } from '@/lib/providers/queries'
import { cachedSearch } from '@/lib/search/queries'

import { payloadForThisFile } from '../helpers/payload'

// The cached queries reach Payload through getPayloadClient: this file's instance.
const holder = vi.hoisted(() => ({ payload: null as unknown }))
vi.mock('@/lib/payload', () => ({ getPayloadClient: async () => holder.payload }))
// Next.js's data cache, in memory (lib/cache/memory.ts).
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  ...(await import('@/lib/cache/memory')).memoryNextCache,
}))

const db = payloadForThisFile()
let cache: ReturnType<typeof memoryReadCache>
beforeAll(() => {
  holder.payload = db.payload
  cache = memoryReadCache()
})
afterAll(() => cache.stop())

const always = async () => true

/** What readers get from each cached list, by name. */
async function lists(query: string) {
  const search = await cachedSearch('en', query, always)
  if (search === 'rateLimited') throw new Error('not limited here')
  return {
    providers: (await findProviders('en', { kinds: [] })).map((p) => p.name),
    openReferral: (await cachedOpenReferralProviders()).map((p) => p.name),
    searchProviders: search.providers.map((hit) => hit.title),
    searchGuides: search.guides.map((hit) => hit.title),
  }
}

describe('cached lists follow publishing (in-memory stand-in for the data cache)', () => {
  let providerId: number
  let pageId: number

  it('a draft provider or page changes nothing and reaches no list', async () => {
    const first = await lists('Harbour')
    const provider = await db.payload.create({
      collection: 'providers',
      draft: true,
      data: {
        name: 'Harbour Mediation',
        slug: 'harbour-mediation',
        kind: 'mediation',
        description: 'Harbour mediation for families.',
        lastVerified: '2026-11-01',
        _status: 'draft',
      },
    })
    providerId = provider.id
    const page = await db.payload.create({
      collection: 'pages',
      draft: true,
      data: { title: 'Harbour guide', slug: 'harbour-guide', _status: 'draft' },
    })
    pageId = page.id
    const misses = cache.misses()
    expect(await lists('Harbour')).toEqual(first)
    expect(cache.misses()).toBe(misses) // all four answered from the cache
    expect(first.providers).not.toContain('Harbour Mediation')
    expect(first.searchGuides).toEqual([])
  })

  it('publishing the provider puts it in the providers list, Open Referral and search', async () => {
    await db.payload.update({
      collection: 'providers',
      id: providerId,
      data: { _status: 'published' },
    })
    const now = await lists('Harbour')
    expect(now.providers).toContain('Harbour Mediation')
    expect(now.openReferral).toContain('Harbour Mediation')
    expect(now.searchProviders).toEqual(['Harbour Mediation'])
    expect(now.searchGuides).toEqual([])
  })

  it('publishing the page puts it in search results', async () => {
    await db.payload.update({ collection: 'pages', id: pageId, data: { _status: 'published' } })
    expect((await lists('Harbour')).searchGuides).toEqual(['Harbour guide'])
  })

  it('unpublishing the provider takes it out of every list again', async () => {
    await db.payload.update({ collection: 'providers', id: providerId, data: { _status: 'draft' } })
    const now = await lists('Harbour')
    expect(now.providers).not.toContain('Harbour Mediation')
    expect(now.openReferral).not.toContain('Harbour Mediation')
    expect(now.searchProviders).toEqual([])
  })

  it('keys search by locale and the query in one Unicode form, so both spellings share one entry', async () => {
    const misses = cache.misses()
    await cachedSearch('en', 'Caf\u00e9 harbour', always)
    await cachedSearch('en', 'Cafe\u0301 harbour', always)
    expect(cache.misses()).toBe(misses + 1)
    await cachedSearch('pl', 'Caf\u00e9 harbour', always)
    expect(cache.misses()).toBe(misses + 2)
  })

  it('asks the rate limit only when a query reaches the database', async () => {
    const limit = vi.fn(async () => false)
    expect(await cachedSearch('en', 'Harbour', limit)).not.toBe('rateLimited')
    expect(limit).not.toHaveBeenCalled()
    expect(await cachedSearch('en', 'never asked before', limit)).toBe('rateLimited')
    expect(limit).toHaveBeenCalledTimes(1)
    // Nothing was cached for the refused query: the next reader's allowance is asked again.
    expect(await cachedSearch('en', 'never asked before', always)).not.toBe('rateLimited')
  })
})
