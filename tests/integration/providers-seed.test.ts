import { describe, expect, it } from 'vitest'

import { seed } from '@/content/seedRunner'
import { findProvidersWith } from '@/lib/providers/queries'

import { createUser, payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()

describe('the providers seed and who may change providers', () => {
  it('seeds 153 councils and 7 published providers, once', async () => {
    await seed(db.payload)
    await seed(db.payload)
    expect(await db.payload.count({ collection: 'local-authorities' })).toEqual({ totalDocs: 153 })
    const { totalDocs } = await db.payload.count({ collection: 'providers', overrideAccess: false })
    expect(totalDocs).toBe(7)
  })

  it('finds the providers serving one council, optionally by kind', async () => {
    const sefton = await db.payload.find({
      collection: 'local-authorities',
      where: { code: { equals: 'E08000014' } },
    })
    const councilId = sefton.docs[0]!.id
    const all = await findProvidersWith(db.payload, 'en', { councilId, kinds: [] })
    expect(all.map((p) => p.slug).sort()).toEqual([
      'sefton-council-customer-response-team',
      'sefton-sendiass',
    ])
    const advice = await findProvidersWith(db.payload, 'en', { councilId, kinds: ['sendiass'] })
    expect(advice.map((p) => p.slug)).toEqual(['sefton-sendiass'])
  })

  it('refuses anonymous writes and gives a new provider a UUID', async () => {
    await expect(
      db.payload.create({
        collection: 'local-authorities',
        overrideAccess: false,
        data: { name: 'Nowhere', code: 'E99999999', region: 'London' },
      }),
    ).rejects.toThrow()
    const editor = await createUser(db.payload, `providers-${Date.now()}@example.org`, 'publisher')
    const created = await db.payload.create({
      collection: 'providers',
      overrideAccess: false,
      user: editor,
      draft: true,
      context: { disableRevalidate: true },
      data: {
        name: 'New service',
        slug: `new-service-${Date.now()}`,
        kind: 'mediation',
        description: 'New',
        lastVerified: '2026-11-01',
      },
    })
    expect(created.uuid).toMatch(/^[0-9a-f-]{36}$/)
  })

  it.each([
    ['phone', 'ask at reception'],
    ['textphone', 'see website'],
  ])(
    'refuses to publish a %s no phone could dial, and keeps the number it had',
    async (field, text) => {
      const slug = `phone-check-${field}-${Date.now()}`
      const data = {
        name: 'Phone check',
        slug,
        kind: 'mediation' as const,
        description: 'Phone check',
      }
      const created = await db.payload.create({
        collection: 'providers',
        draft: true,
        context: { disableRevalidate: true },
        data: { ...data, lastVerified: '2026-11-01', contact: { [field]: '0151 934 0000' } },
      })
      await expect(
        db.payload.update({
          collection: 'providers',
          id: created.id,
          context: { disableRevalidate: true },
          // Drafts are not validated (Payload's default): what is published must be diallable.
          data: { _status: 'published', contact: { [field]: text } },
        }),
      ).rejects.toThrow(/phone/i)
      const kept = await db.payload.findByID({
        collection: 'providers',
        id: created.id,
        draft: true,
      })
      expect((kept.contact as Record<string, unknown>)[field]).toBe('0151 934 0000')
    },
  )
})
