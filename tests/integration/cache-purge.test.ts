import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { recordPurges, type Purge } from '@/lib/cache/purge'

import { createUser, payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
let recorder: ReturnType<typeof recordPurges>
beforeAll(() => {
  recorder = recordPurges()
})
afterAll(() => recorder.stop())

/** Runs one editorial step and returns every tag and path it purged (sorted, for comparison). */
async function purgesOf(step: () => Promise<unknown>): Promise<Purge> {
  recorder.clear()
  await step()
  return {
    tags: recorder.purges.flatMap((p) => p.tags).sort(),
    paths: recorder.purges.flatMap((p) => p.paths).sort(),
  }
}

const NONE: Purge = { tags: [], paths: [] }
const PAGE_PATHS = ['/en/respite-care', '/pl/respite-care', '/ur/respite-care']
/** What a page's publish purges when its title, order and place stay the same. */
const PAGE_ONLY: Purge = {
  tags: ['page:respite-care', 'pages:index', 'search'],
  paths: PAGE_PATHS,
}
/** ... and when it appears, disappears or changes what menus and lists show. */
const PAGE_AND_LISTS: Purge = {
  tags: ['page:respite-care', 'pages:index', 'pages:navigation', 'search'],
  paths: PAGE_PATHS,
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('cache purges per editorial step', () => {
  let id: number

  it.each<[string, () => Promise<unknown>, Purge]>([
    [
      'create a draft page',
      async () => {
        const editor = await createUser(db.payload, 'purge-editor@example.org', 'publisher')
        const page = await db.payload.create({
          collection: 'pages',
          user: editor,
          overrideAccess: false,
          draft: true,
          data: { title: 'Respite', slug: 'respite-care', _status: 'draft' },
        })
        id = page.id
      },
      NONE,
    ],
    [
      'autosave the draft',
      () =>
        db.payload.update({
          collection: 'pages',
          id,
          draft: true,
          autosave: true,
          data: { title: 'Respite care' },
        }),
      NONE,
    ],
    [
      'publish it',
      () => db.payload.update({ collection: 'pages', id, data: { _status: 'published' } }),
      PAGE_AND_LISTS,
    ],
    [
      'autosave a change to the published page',
      () =>
        db.payload.update({
          collection: 'pages',
          id,
          draft: true,
          autosave: true,
          data: { title: 'Respite care breaks', summary: 'Short breaks.' },
        }),
      NONE,
    ],
    [
      'save it as a draft in Polish',
      () =>
        db.payload.update({
          collection: 'pages',
          id,
          locale: 'pl',
          draft: true,
          data: { title: 'Opieka wytchnieniowa' },
        }),
      NONE,
    ],
    [
      'publish the new title',
      () => db.payload.update({ collection: 'pages', id, data: { _status: 'published' } }),
      PAGE_AND_LISTS,
    ],
    [
      'publish a change to the review date only',
      () =>
        db.payload.update({
          collection: 'pages',
          id,
          data: { nextReview: '2027-11-30T00:00:00.000Z', _status: 'published' },
        }),
      PAGE_ONLY,
    ],
    [
      'unpublish it',
      () => db.payload.update({ collection: 'pages', id, data: { _status: 'draft' } }),
      PAGE_AND_LISTS,
    ],
  ])('%s', async (_, step, expected) => {
    expect(await purgesOf(step)).toEqual(expected)
  })

  it('leaves what is saved alone: every language of the published page is as the editors wrote it', async () => {
    // The hooks read the stored version inside the write; that read must not change the
    // write's locale (it once saved a Polish draft and an English publish in the wrong locale).
    const read = (locale: 'en' | 'pl') =>
      db.payload.findByID({ collection: 'pages', id, locale, fallbackLocale: false, depth: 0 })
    expect((await read('en')).title).toBe('Respite care breaks')
    expect((await read('pl')).title).toBe('Opieka wytchnieniowa')
  })

  it.each<['publish' | 'unpublish', Purge]>([
    ['publish', PAGE_AND_LISTS],
    ['unpublish', PAGE_AND_LISTS],
  ])(
    'a scheduled %s purges nothing before its time, then the same as by hand',
    async (type, expected) => {
      await db.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type, doc: { relationTo: 'pages', value: id } },
        waitUntil: new Date(Date.now() + 1500),
      })
      expect(await purgesOf(() => db.payload.jobs.run({ queue: 'default' }))).toEqual(NONE)
      await sleep(1600)
      expect(await purgesOf(() => db.payload.jobs.run({ queue: 'default' }))).toEqual(expected)
      const stored = await db.payload.findByID({ collection: 'pages', id, depth: 0 })
      expect(stored._status).toBe(type === 'publish' ? 'published' : 'draft')
    },
  )

  it('deleting a published page purges its page and the lists; a draft nothing', async () => {
    await db.payload.update({ collection: 'pages', id, data: { _status: 'published' } })
    expect(await purgesOf(() => db.payload.delete({ collection: 'pages', id }))).toEqual(
      PAGE_AND_LISTS,
    )
    const draft = await db.payload.create({
      collection: 'pages',
      draft: true,
      data: { title: 'Never public', slug: 'never-public', _status: 'draft' },
    })
    expect(await purgesOf(() => db.payload.delete({ collection: 'pages', id: draft.id }))).toEqual(
      NONE,
    )
  })

  it('deleting a council refreshes the council list and the provider pages naming it', async () => {
    const council = await db.payload.create({
      collection: 'local-authorities',
      data: { name: 'Anytown', code: 'E06999999', region: 'London' },
    })
    expect(
      await purgesOf(() => db.payload.delete({ collection: 'local-authorities', id: council.id })),
    ).toEqual({ tags: ['councils', 'providers'], paths: [] })
  })

  it.each<[string, () => Promise<unknown>, string]>([
    [
      'site settings',
      () => db.payload.updateGlobal({ slug: 'site-settings', data: { councilName: 'Anytown' } }),
      'site-settings',
    ],
    [
      'bank holidays',
      () =>
        db.payload.updateGlobal({
          slug: 'bank-holidays',
          data: { holidays: [{ date: '2027-06-04', title: 'Extra day' }] },
        }),
      'bank-holidays',
    ],
    [
      'a route text',
      () =>
        db.payload.create({
          collection: 'route-texts',
          data: { routeId: 'mediation', title: 'Mediation' },
        }),
      'route-texts',
    ],
  ])('a change to %s purges its one tag', async (_, step, tag) => {
    expect(await purgesOf(step)).toEqual({ tags: [tag], paths: [] })
  })

  it('a provider: drafts purge nothing; publishing purges the providers tag and its pages', async () => {
    const provider = await db.payload.create({
      collection: 'providers',
      draft: true,
      data: {
        name: 'Respite service',
        slug: 'respite-service',
        kind: 'mediation',
        description: 'Short breaks.',
        lastVerified: '2026-11-01',
        _status: 'draft',
      },
    })
    expect(
      await purgesOf(() =>
        db.payload.update({
          collection: 'providers',
          id: provider.id,
          draft: true,
          data: { name: 'Respite services' },
        }),
      ),
    ).toEqual(NONE)
    expect(
      await purgesOf(() =>
        db.payload.update({
          collection: 'providers',
          id: provider.id,
          data: { _status: 'published' },
        }),
      ),
    ).toEqual({
      tags: ['providers'],
      paths: [
        '/en/providers/respite-service',
        '/pl/providers/respite-service',
        '/ur/providers/respite-service',
      ],
    })
  })
})
