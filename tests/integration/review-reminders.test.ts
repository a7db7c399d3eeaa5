import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { addDays } from '@/lib/deadlines/isoDate'
import { EMAIL_QUEUE } from '@/lib/email/queue'
import { queueReviewReminders } from '@/lib/reviews/reminders'
import { dayInEngland } from '@/i18n/dates'
import { dayToStoredDate } from '@/lib/reviews/schedule'

import { createUser, itNeedingUniqueIndexes, payloadForThisFile } from '../helpers/payload'

// A real SMTP server in this process, as in callback-email.test.ts: the reminders go through
// Payload's nodemailer adapter over TCP.
type Received = { to: string[]; raw: string }
const received: Received[] = []
const smtp = new SMTPServer({
  secure: false,
  disabledCommands: ['STARTTLS'],
  authOptional: true,
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('end', () => {
      received.push({
        to: session.envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(chunks).toString('utf8'),
      })
      callback()
    })
  },
})

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const { port } = smtp.server.address() as AddressInfo
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    EMAIL_FROM: 'send-portal@council.example',
    NEXT_PUBLIC_SERVER_URL: 'https://send.council.example',
  })
})
// Registered after the SMTP settings, so Payload boots with them.
const db = payloadForThisFile()
// Overlapping passes rely on the unique key to refuse the second record.
const itWithUniqueIndexes = await itNeedingUniqueIndexes()

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

afterEach(() => {
  vi.useRealTimers()
  received.length = 0
})

const ctx = { disableRevalidate: true }
const body = (raw: string) => raw.replace(/=\r?\n/g, '')
const runEmailQueue = () => db.payload.jobs.run({ queue: EMAIL_QUEUE, silent: true })
const paragraph = (text: string) =>
  ({
    root: {
      type: 'root',
      version: 1,
      children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }],
    },
  }) as never

describe('review reminders', () => {
  it('e-mails the owner once a week before and once on the due day, team address first', async () => {
    const { payload } = db
    const owner = await createUser(payload, 'page-owner@council.example', 'admin')
    const now = new Date('2026-12-01T08:00:00.000Z')
    const due = addDays(dayInEngland(now), 7)
    const page = await payload.create({
      collection: 'pages',
      context: ctx,
      data: {
        title: 'Mediation',
        slug: 'mediation-review',
        _status: 'published',
        owner: owner.id,
        nextReview: dayToStoredDate(due),
      },
    })
    const provider = await payload.create({
      collection: 'providers',
      context: ctx,
      data: {
        name: 'Mediation Service',
        uuid: crypto.randomUUID(),
        slug: 'mediation-service-review',
        kind: 'mediation',
        description: 'Mediation for families.',
        lastVerified: '2026-11-01T12:00:00.000Z',
        _status: 'published',
        owner: owner.id,
        ownerEmail: 'mediation-team@council.example',
        nextReview: dayToStoredDate(due),
        // The contact group's fields are optional; the generated type asks for the group.
      } as never,
    })
    // Not yet owed 8 days before.
    expect(await queueReviewReminders(payload, new Date(now.getTime() - 86_400_000))).toEqual({
      recorded: 0,
      queued: 0,
    })

    expect(await queueReviewReminders(payload, now)).toEqual({ recorded: 2, queued: 2 })
    await runEmailQueue()
    expect(received.map((m) => m.to).sort()).toEqual([
      ['mediation-team@council.example'],
      ['page-owner@council.example'],
    ])
    const pageMail = body(received.find((m) => m.to[0] === 'page-owner@council.example')!.raw)
    expect(pageMail).toContain('Subject: Review due on 8 December 2026: Mediation')
    expect(pageMail).toContain(`https://send.council.example/admin/collections/pages/${page.id}`)

    // Re-runs the same day and the days after send nothing more until the due day.
    received.length = 0
    for (const day of [0, 1, 6]) {
      const later = new Date(now.getTime() + day * 86_400_000)
      expect(await queueReviewReminders(payload, later)).toEqual({ recorded: 0, queued: 0 })
    }
    await runEmailQueue()
    expect(received).toHaveLength(0)

    const dueDay = new Date(now.getTime() + 7 * 86_400_000)
    expect(await queueReviewReminders(payload, dueDay)).toEqual({ recorded: 2, queued: 2 })
    expect(await queueReviewReminders(payload, dueDay)).toEqual({ recorded: 0, queued: 0 })
    await runEmailQueue()
    expect(received).toHaveLength(2)
    const providerMail = body(received.find((m) => m.to[0] !== 'page-owner@council.example')!.raw)
    expect(providerMail).toContain('Subject: Review due today: Mediation Service')
    expect(providerMail).toContain(`collections/providers/${provider.id}`)

    // Each is recorded for staff, sent.
    const { docs } = await payload.find({
      collection: 'review-reminders',
      where: {
        documentCollection: { equals: 'pages' },
        documentId: { equals: String(page.id) },
      },
      sort: 'createdAt',
    })
    expect(docs.map((r) => [r.kind, r.status, r.recipient])).toEqual([
      ['weekBefore', 'sent', 'page-owner@council.example'],
      ['dueDay', 'sent', 'page-owner@council.example'],
    ])
  })

  itWithUniqueIndexes(
    'two passes at once (the daily job and POST /run) record and send each reminder once',
    async () => {
      const { payload } = db
      const owner = await createUser(payload, 'race-owner@council.example', 'publisher')
      const now = new Date('2027-06-01T08:00:00.000Z')
      for (const slug of ['race-one', 'race-two', 'race-three']) {
        await payload.create({
          collection: 'pages',
          context: ctx,
          data: {
            title: slug,
            slug,
            _status: 'published',
            owner: owner.id,
            nextReview: dayToStoredDate(addDays(dayInEngland(now), 7)),
          },
        })
      }
      const runs = await Promise.allSettled([
        queueReviewReminders(payload, now),
        queueReviewReminders(payload, now),
        queueReviewReminders(payload, now),
      ])
      expect(runs.map((run) => run.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled'])
      const results = runs.map((run) => (run as PromiseFulfilledResult<{ recorded: number }>).value)
      expect(results.reduce((sum, r) => sum + r.recorded, 0)).toBe(3)
      await runEmailQueue()
      expect(received.map((m) => m.to[0])).toEqual([
        'race-owner@council.example',
        'race-owner@council.example',
        'race-owner@council.example',
      ])
      const { totalDocs } = await payload.count({
        collection: 'review-reminders',
        where: { recipient: { equals: 'race-owner@council.example' } },
      })
      expect(totalDocs).toBe(3)
    },
  )

  it('records a reminder for a page without an owner, and sends nothing', async () => {
    const { payload } = db
    const now = new Date('2027-03-01T08:00:00.000Z')
    await payload.create({
      collection: 'pages',
      context: ctx,
      data: {
        title: 'Ownerless',
        slug: 'ownerless',
        _status: 'published',
        nextReview: dayToStoredDate('2027-02-20'),
      },
    })
    expect(await queueReviewReminders(payload, now)).toMatchObject({ recorded: 1, queued: 0 })
    await runEmailQueue()
    expect(received).toHaveLength(0)
  })

  it('sets the next review on publish: publication or last review plus the interval', async () => {
    const { payload } = db
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-01-31T10:00:00.000Z'))
    const draft = await payload.create({
      collection: 'pages',
      context: ctx,
      data: { title: 'Draft only', slug: 'draft-only', _status: 'draft', reviewIntervalMonths: 3 },
    })
    expect(draft.nextReview ?? null).toBeNull()
    const published = await payload.update({
      collection: 'pages',
      id: draft.id,
      context: ctx,
      data: { _status: 'published' },
    })
    expect(dayInEngland(published.nextReview!)).toBe('2026-04-30')

    // An untouched next review moves on when a new last review is published...
    const reviewed = await payload.update({
      collection: 'pages',
      id: draft.id,
      context: ctx,
      data: { _status: 'published', lastReviewed: '2026-05-31T12:00:00.000Z' },
    })
    expect(dayInEngland(reviewed.nextReview!)).toBe('2026-08-31')
    // ...but one the editor chose stays.
    const chosen = await payload.update({
      collection: 'pages',
      id: draft.id,
      context: ctx,
      data: { _status: 'published', nextReview: '2026-12-24T12:00:00.000Z' },
    })
    expect(dayInEngland(chosen.nextReview!)).toBe('2026-12-24')
  })

  it('moves "last updated" only when the published text changes', async () => {
    const { payload } = db
    vi.useFakeTimers({ toFake: ['Date'] })
    const at = (iso: string) => vi.setSystemTime(new Date(iso))
    at('2026-02-01T09:00:00.000Z')
    const page = await payload.create({
      collection: 'pages',
      locale: 'en',
      context: ctx,
      data: {
        title: 'Appeals',
        slug: 'appeals-stamp',
        body: paragraph('One'),
        _status: 'published',
      },
    })
    expect(page.contentUpdatedAt).toBe('2026-02-01T09:00:00.000Z')
    const update = async (when: string, data: Record<string, unknown>) => {
      at(when)
      await payload.update({
        collection: 'pages',
        id: page.id,
        locale: 'en',
        context: ctx,
        data: data as never,
      })
      const published = await payload.findByID({ collection: 'pages', id: page.id, locale: 'en' })
      return published.contentUpdatedAt
    }
    // Dates and order only: unchanged.
    expect(
      await update('2026-03-01T09:00:00.000Z', {
        order: 5,
        nextReview: '2027-01-01T12:00:00.000Z',
        _status: 'published',
      }),
    ).toBe('2026-02-01T09:00:00.000Z')
    // A draft of new text: readers still have the old text.
    expect(
      await update('2026-04-01T09:00:00.000Z', { body: paragraph('Two'), _status: 'draft' }),
    ).toBe('2026-02-01T09:00:00.000Z')
    // Publishing it: now.
    expect(
      await update('2026-05-01T09:00:00.000Z', { body: paragraph('Two'), _status: 'published' }),
    ).toBe('2026-05-01T09:00:00.000Z')
    // Polish published later has its own date; English keeps its own.
    at('2026-06-01T09:00:00.000Z')
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'pl',
      context: ctx,
      data: { title: 'Odwołania', _status: 'published' },
    })
    const pl = await payload.findByID({ collection: 'pages', id: page.id, locale: 'pl' })
    expect(pl.contentUpdatedAt).toBe('2026-06-01T09:00:00.000Z')
    const en = await payload.findByID({ collection: 'pages', id: page.id, locale: 'en' })
    expect(en.contentUpdatedAt).toBe('2026-05-01T09:00:00.000Z')
  })

  it('a publish reads the page readers had once, for both "last updated" and the cache purge', async () => {
    const { payload } = db
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-07-01T09:00:00.000Z'))
    const page = await payload.create({
      collection: 'pages',
      locale: 'en',
      context: ctx,
      data: { title: 'Read once', slug: 'read-once', body: paragraph('One'), _status: 'published' },
    })
    vi.setSystemTime(new Date('2026-07-02T09:00:00.000Z'))
    const findByID = vi.spyOn(payload, 'findByID')
    try {
      // Purging on (no disableRevalidate): the old-path check, the "last updated" stamp and the
      // cache snapshot all want the version readers had.
      await payload.update({
        collection: 'pages',
        id: page.id,
        locale: 'en',
        data: { body: paragraph('Two'), _status: 'published' },
      })
      const publishedReads = findByID.mock.calls.filter(
        ([args]) => args.collection === 'pages' && args.draft === false,
      )
      // One read before the write (shared), one after it (what readers get now).
      expect(publishedReads).toHaveLength(2)
    } finally {
      findByID.mockRestore()
    }
    const published = await payload.findByID({ collection: 'pages', id: page.id, locale: 'en' })
    expect(published.contentUpdatedAt).toBe('2026-07-02T09:00:00.000Z')
  })

  it("e-mails a reported problem to the page's owner, with only what the reader typed", async () => {
    const { payload } = db
    await payload.create({
      collection: 'pages',
      context: ctx,
      data: {
        title: 'Complaints',
        slug: 'complaints-owner',
        _status: 'published',
        ownerEmail: 'complaints-team@council.example',
      },
    })
    const report = await payload.create({
      collection: 'page-feedback',
      data: {
        kind: 'problem',
        page: '/pl/complaints-owner',
        locale: 'pl',
        problem: 'The phone number is wrong.',
        status: 'new',
      },
    })
    await payload.create({
      collection: 'page-feedback',
      data: { kind: 'useful', page: '/pl/complaints-owner', locale: 'pl', status: 'new' },
    })
    await runEmailQueue()
    expect(received).toHaveLength(1)
    expect(received[0]!.to).toEqual(['complaints-team@council.example'])
    const text = body(received[0]!.raw)
    expect(text).toContain(
      'A reader reported a problem with https://send.council.example/pl/complaints-owner.',
    )
    expect(text).toContain('> The phone number is wrong.')
    expect(text).toContain(`admin/collections/page-feedback/${report.id}`)
  })
})
