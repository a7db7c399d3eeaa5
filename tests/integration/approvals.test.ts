import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  AUTHOR_DELETE_REFUSAL,
  AUTHOR_LIVE_WRITE_REFUSAL,
  AUTHOR_PUBLISH_REFUSAL,
  SECOND_PERSON_REFUSAL,
} from '@/access/publishing'
import type { User } from '@/payload-types'

import { createUser, payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
const ctx = { disableRevalidate: true }
let payload: Payload
let author: User
let publisher: User
let secondPublisher: User

const as = (user: User) => ({ user, overrideAccess: false, context: ctx }) as const
const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: unknown }).id : value

async function draftPage(slug: string, by: User, extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'pages',
    ...as(by),
    draft: true,
    data: { title: `Guide ${slug}`, slug, ...extra },
  })
}

const latest = (id: number) =>
  payload.findByID({ collection: 'pages', id, draft: true, depth: 0, ...as(publisher) })
const live = (id: number) =>
  payload.findByID({ collection: 'pages', id, depth: 0, overrideAccess: false }).then(
    (doc) => doc,
    () => null,
  )

beforeAll(async () => {
  payload = db.payload
  await createUser(payload, 'approvals-admin@example.org', 'admin') // the first is always an admin
  author = await createUser(payload, 'approvals-author@example.org', 'author')
  publisher = await createUser(payload, 'approvals-publisher@example.org', 'publisher')
  secondPublisher = await createUser(payload, 'approvals-second@example.org', 'publisher')
})

describe('approvals: authors write drafts, publishers publish (Local API, overrideAccess false)', () => {
  it("refuses an author's publish with 403 and keeps the page off the site", async () => {
    const page = await draftPage('author-cannot-publish', author)
    expect(idOf(page.lastChangedBy)).toBe(author.id)
    await expect(
      payload.update({
        collection: 'pages',
        id: page.id,
        ...as(author),
        data: { _status: 'published' },
      }),
    ).rejects.toMatchObject({ status: 403, message: AUTHOR_PUBLISH_REFUSAL })
    await expect(
      payload.create({
        collection: 'pages',
        ...as(author),
        data: { title: 'Straight to the site', slug: 'straight-live', _status: 'published' },
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await live(page.id)).toBeNull()
  })

  it('lets an author mark a draft ready for review, and a publisher publish it as approver', async () => {
    const page = await draftPage('ready-for-review', author)
    await payload.update({
      collection: 'pages',
      id: page.id,
      ...as(author),
      draft: true,
      data: { title: 'Guide ready', workflow: 'readyForReview', needsSecondPerson: true },
    })
    const waiting = await payload.find({
      collection: 'pages',
      draft: true,
      where: { workflow: { equals: 'readyForReview' } },
      ...as(publisher),
    })
    expect(waiting.docs.map((d) => d.id)).toContain(page.id)
    // Only publishers and admins decide that a guide needs a second person.
    expect((await latest(page.id)).needsSecondPerson).toBe(false)

    const before = Date.now()
    await payload.update({
      collection: 'pages',
      id: page.id,
      ...as(publisher),
      data: { _status: 'published' },
    })
    const published = await live(page.id)
    expect(published?.title).toBe('Guide ready')
    const recorded = await latest(page.id)
    expect(idOf(recorded.approvedBy)).toBe(publisher.id)
    expect(Date.parse(recorded.approvedAt ?? '')).toBeGreaterThanOrEqual(before - 1000)
    // The author wrote it; the publisher approved it without changing it.
    expect(idOf(recorded.lastChangedBy)).toBe(author.id)
    expect(recorded.workflow).toBe('draft')
  })

  it('refuses an author unpublishing, overwriting the live page or deleting it', async () => {
    const page = await draftPage('live-guide', author)
    await payload.update({
      collection: 'pages',
      id: page.id,
      ...as(publisher),
      data: { _status: 'published' },
    })
    const attempts = [
      { data: { _status: 'draft' as const } },
      { data: { title: 'Changed live without review' } },
    ]
    for (const attempt of attempts) {
      await expect(
        payload.update({ collection: 'pages', id: page.id, ...as(author), ...attempt }),
      ).rejects.toMatchObject({ status: 403, message: AUTHOR_LIVE_WRITE_REFUSAL })
    }
    await expect(
      payload.delete({ collection: 'pages', id: page.id, ...as(author) }),
    ).rejects.toMatchObject({ status: 403, message: AUTHOR_DELETE_REFUSAL })
    expect((await live(page.id))?.title).toBe('Guide live-guide')
    // A draft change of a live page is fine, and stays off the site.
    await payload.update({
      collection: 'pages',
      id: page.id,
      ...as(author),
      draft: true,
      data: { title: 'A better title, in draft' },
    })
    expect((await live(page.id))?.title).toBe('Guide live-guide')
    // An author may delete a page that was never published.
    const scratch = await draftPage('scratch-draft', author)
    await payload.delete({ collection: 'pages', id: scratch.id, ...as(author) })
  })

  it("refuses an author's scheduled publish when it runs; a publisher's goes live", async () => {
    const byAuthor = await draftPage('scheduled-by-author', author)
    const byPublisher = await draftPage('scheduled-by-publisher', author)
    for (const [page, user] of [
      [byAuthor, author],
      [byPublisher, publisher],
    ] as const) {
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'publish',
          doc: { relationTo: 'pages', value: String(page.id) },
          user: { relationTo: 'users', value: user.id },
        },
        waitUntil: new Date(Date.now() - 1000),
      } as never)
    }
    await payload.jobs.run({ queue: 'default', limit: 10 })
    expect(await live(byAuthor.id)).toBeNull()
    expect(await live(byPublisher.id)).not.toBeNull()
  })
})

describe('approvals: every collection with drafts', () => {
  const drafts = {
    providers: {
      name: 'Approvals mediation',
      slug: 'approvals-mediation',
      kind: 'mediation',
      description: 'Mediation for families.',
      lastVerified: '2026-11-01',
    },
    'alert-banners': { title: 'Approvals banner', text: 'A change in the law.' },
    'you-said-we-did': { youSaid: 'The guides were long.', weDid: 'We shortened them.' },
  } as const
  it.each(Object.keys(drafts) as (keyof typeof drafts)[])(
    '%s: an author saves drafts but cannot publish; a publisher can',
    async (collection) => {
      const doc = await payload.create({
        collection,
        ...as(author),
        draft: true,
        data: drafts[collection] as never,
      })
      await payload.update({ collection, id: doc.id, ...as(author), draft: true, data: {} })
      await expect(
        payload.update({ collection, id: doc.id, ...as(author), data: { _status: 'published' } }),
      ).rejects.toMatchObject({ status: 403, message: AUTHOR_PUBLISH_REFUSAL })
      const published = await payload.update({
        collection,
        id: doc.id,
        ...as(publisher),
        data: { _status: 'published' },
      })
      expect(published._status).toBe('published')
      await expect(
        payload.update({ collection, id: doc.id, ...as(author), data: { _status: 'draft' } }),
      ).rejects.toMatchObject({ status: 403, message: AUTHOR_LIVE_WRITE_REFUSAL })
    },
  )
})

describe('approvals: what is recorded', () => {
  it("does not count a child re-saved for its parent's new path as anyone's change", async () => {
    const publish = (id: number, by: User, data: Record<string, unknown> = {}) =>
      payload.update({
        collection: 'pages',
        id,
        ...as(by),
        data: { ...data, _status: 'published' },
      })
    const parent = await draftPage('parent-guide', author)
    await publish(parent.id, publisher)
    const child = await draftPage('child-guide', author, { parent: parent.id })
    await publish(child.id, secondPublisher)
    await publish(parent.id, publisher, { slug: 'parent-guide-moved' })
    const recorded = await latest(child.id)
    expect(recorded.path).toBe('parent-guide-moved/child-guide')
    expect(idOf(recorded.approvedBy)).toBe(secondPublisher.id)
    expect(idOf(recorded.lastChangedBy)).toBe(author.id)
  })
})

describe('approvals: a guide that needs a second person', () => {
  async function guideChangedBy(slug: string, by: User) {
    const page = await draftPage(slug, publisher, { needsSecondPerson: true })
    expect(page.needsSecondPerson).toBe(true)
    await payload.update({
      collection: 'pages',
      id: page.id,
      ...as(by),
      draft: true,
      data: { title: `Corrected ${slug}` },
    })
    return page
  }

  it('refuses the publisher who last changed it, and lets another publish it', async () => {
    const page = await guideChangedBy('tribunal-appeal-guide', publisher)
    await expect(
      payload.update({
        collection: 'pages',
        id: page.id,
        ...as(publisher),
        data: { _status: 'published' },
      }),
    ).rejects.toMatchObject({ status: 403, message: SECOND_PERSON_REFUSAL })
    expect(await live(page.id)).toBeNull()

    await payload.update({
      collection: 'pages',
      id: page.id,
      ...as(secondPublisher),
      data: { _status: 'published' },
    })
    expect((await live(page.id))?.title).toBe('Corrected tribunal-appeal-guide')
    const recorded = await latest(page.id)
    expect(idOf(recorded.approvedBy)).toBe(secondPublisher.id)
    expect(idOf(recorded.lastChangedBy)).toBe(publisher.id)
  })

  it('refuses a second publisher who changes the text while publishing', async () => {
    const page = await guideChangedBy('extended-appeal-guide', author)
    await expect(
      payload.update({
        collection: 'pages',
        id: page.id,
        ...as(secondPublisher),
        data: { _status: 'published', title: 'Rewritten and published at once' },
      }),
    ).rejects.toMatchObject({ status: 403, message: SECOND_PERSON_REFUSAL })
    expect(await live(page.id)).toBeNull()
  })

  it('keeps who made each change in the version history', async () => {
    const page = await guideChangedBy('history-guide', author)
    const { docs } = await payload.findVersions({
      collection: 'pages',
      where: { parent: { equals: page.id } },
      sort: 'createdAt',
      depth: 0,
      ...as(publisher),
    })
    // Creating the page may write more than one version; each names who made it.
    const changedBy = docs.map((v) => idOf(v.version.lastChangedBy))
    expect(changedBy.at(-1)).toBe(author.id)
    expect(new Set(changedBy.slice(0, -1))).toEqual(new Set([publisher.id]))
  })
})

describe('approvals: roles', () => {
  it("reads a stored legacy 'editor' role as publisher (a MongoDB database keeps it)", async () => {
    const legacy = await createUser(payload, 'approvals-legacy@example.org', 'publisher')
    await payload.db.updateOne({
      collection: 'users',
      id: legacy.id,
      data: { role: 'editor' },
      req: {} as never,
    })
    const user = await payload.findByID({ collection: 'users', id: legacy.id })
    expect(user.role).toBe('publisher')
    const page = await draftPage('legacy-editor-publishes', author)
    await payload.update({
      collection: 'pages',
      id: page.id,
      user: { ...user, role: 'editor', collection: 'users' } as never,
      overrideAccess: false,
      context: ctx,
      data: { _status: 'published' },
    })
    expect(await live(page.id)).not.toBeNull()
  })
})
