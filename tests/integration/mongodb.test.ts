import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// MongoDB is the production path but no server can be installed on the development machines:
// these run wherever MONGODB_URI points at a disposable database.
const uri = process.env.MONGODB_URI

describe.skipIf(!uri)('on MongoDB', () => {
  let payload: Payload

  beforeAll(async () => {
    process.env.DATABASE_URI = uri
    process.env.PAYLOAD_SECRET = 'mongo-integration-secret'
    const [{ default: config }, { getPayload }] = await Promise.all([
      import('@payload-config'),
      import('payload'),
    ])
    payload = await getPayload({ config })
    await payload.db.dropDatabase?.({ adapter: payload.db } as never)
  })
  afterAll(async () => {
    await payload?.destroy()
  })

  it('uses the MongoDB adapter', () => {
    expect(payload.db.name).toBe('mongoose')
  })

  it('hides drafts from the public and keeps translations apart', async () => {
    const ctx = { disableRevalidate: true }
    const published = await payload.create({
      collection: 'pages',
      context: ctx,
      data: { title: 'Published', slug: 'published', _status: 'published' },
    })
    await payload.update({
      collection: 'pages',
      id: published.id,
      locale: 'pl',
      context: ctx,
      data: { title: 'Opublikowana' },
    })
    await payload.create({
      collection: 'pages',
      context: ctx,
      data: { title: 'Draft', slug: 'draft', _status: 'draft' },
    })
    const { docs } = await payload.find({ collection: 'pages', overrideAccess: false })
    expect(docs.map((d) => d.slug)).toEqual(['published'])
    const pl = await payload.findByID({ collection: 'pages', id: published.id, locale: 'pl' })
    expect(pl.title).toBe('Opublikowana')
  })
})
