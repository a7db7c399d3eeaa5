import { describe, expect, it } from 'vitest'

import { freshMongoUri, payloadForThisFile, testAdapter } from '../helpers/payload'

// The whole integration suite runs on MongoDB under `npm run test:mongo` (TEST_DATABASE=mongodb,
// MONGODB_URI = a test server; .ci/run starts one). This file checks that such a run really is on
// MongoDB, in a database of its own; the SQLite run skips it.
describe.runIf(testAdapter() === 'mongodb')('on MongoDB', () => {
  const db = payloadForThisFile()

  it('uses the MongoDB adapter, with string ids, in a database of its own', async () => {
    expect(db.payload.db.name).toBe('mongoose')
    expect(db.payload.db.defaultIDType).toBe('text')
    const name = (db.payload.db as unknown as { connection: { name: string } }).connection.name
    expect(name).toMatch(/^portal-test-[a-z0-9]+-[0-9a-f]{8}$/)
    const { totalDocs } = await db.payload.count({ collection: 'pages', overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('hides drafts from the public and keeps translations apart', async () => {
    const ctx = { disableRevalidate: true }
    const published = await db.payload.create({
      collection: 'pages',
      context: ctx,
      data: { title: 'Published', slug: 'published', _status: 'published' },
    })
    expect(typeof published.id).toBe('string')
    await db.payload.update({
      collection: 'pages',
      id: published.id,
      locale: 'pl',
      context: ctx,
      data: { title: 'Opublikowana' },
    })
    await db.payload.create({
      collection: 'pages',
      context: ctx,
      data: { title: 'Draft', slug: 'draft', _status: 'draft' },
    })
    const { docs } = await db.payload.find({ collection: 'pages', overrideAccess: false })
    expect(docs.map((d) => d.slug)).toEqual(['published'])
    const pl = await db.payload.findByID({ collection: 'pages', id: published.id, locale: 'pl' })
    expect(pl.title).toBe('Opublikowana')
  })
})

describe('freshMongoUri', () => {
  it.each([
    ['mongodb://127.0.0.1:27117', 'mongodb://127.0.0.1:27117/portal-test-'],
    ['mongodb://127.0.0.1:27117/', 'mongodb://127.0.0.1:27117/portal-test-'],
    ['mongodb://127.0.0.1:27117/old-db', 'mongodb://127.0.0.1:27117/portal-test-'],
    [
      'mongodb://u:p@db.example:27017/x?authSource=admin',
      'mongodb://u:p@db.example:27017/portal-test-',
    ],
  ])('points %s at a new database', (base, prefix) => {
    const first = freshMongoUri(base)
    expect(first.startsWith(prefix)).toBe(true)
    expect(freshMongoUri(base)).not.toBe(first)
  })

  it('keeps the query string', () => {
    expect(freshMongoUri('mongodb://h:1/x?authSource=admin')).toMatch(/\?authSource=admin$/)
  })
})
