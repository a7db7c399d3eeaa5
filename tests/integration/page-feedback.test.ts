import { describe, expect, it } from 'vitest'

import { submitFeedback } from '@/lib/feedback/submit'
import { listYouSaidWeDid } from '@/lib/feedback/youSaidWeDid'
import { createRateLimiter } from '@/lib/rateLimit'

import { createUser, payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
const roomy = () => createRateLimiter({ limit: 1000, windowMs: 60_000 })
const form = (fields: Record<string, string>) => new URLSearchParams(fields)
const send = (fields: Record<string, string>, limiter = roomy(), client = 'client-a') =>
  submitFeedback(db.payload, form(fields), { client, limiter, requestId: 'test' })
const count = async () => (await db.payload.count({ collection: 'page-feedback' })).totalDocs

describe('page feedback', () => {
  it.each([
    // [fields, box state after, stored]
    [{ kind: 'useful', page: '/en/glossary' }, 'thanks', 1],
    [{ kind: 'notUseful', page: '/pl/glossary' }, 'askDetails', 1],
    [{ kind: 'problem', page: '/ur', problem: 'The map link is broken' }, 'sent', 1],
    [{ kind: 'problem', page: '/ur', problem: '' }, 'invalid', 0],
    [{ kind: 'useful', page: '//evil.example' }, 'idle', 0],
    [{ kind: 'useful', page: '/en', website: 'spam.example' }, 'thanks', 0],
  ])('%j -> %s, %i stored', async (fields, status, stored) => {
    const before = await count()
    expect((await send(fields)).status).toBe(status)
    expect((await count()) - before).toBe(stored)
  })

  it('limits each client, keeps the typed problem, and leaves other clients alone', async () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 })
    const fields = { kind: 'problem', page: '/en', problem: 'Typo in the second paragraph' }
    expect((await send(fields, limiter)).status).toBe('sent')
    expect((await send(fields, limiter)).status).toBe('sent')
    expect(await send(fields, limiter)).toEqual({
      status: 'rateLimited',
      problem: 'Typo in the second paragraph',
    })
    expect((await send(fields, limiter, 'client-b')).status).toBe('sent')
  })

  it('is readable by staff only; nobody creates it through the API; what readers wrote stays', async () => {
    await send({ kind: 'problem', page: '/en/search', problem: 'Search found nothing' })
    await expect(
      db.payload.find({ collection: 'page-feedback', overrideAccess: false }),
    ).rejects.toThrow(/not allowed/)
    await expect(
      db.payload.create({
        collection: 'page-feedback',
        overrideAccess: false,
        data: { kind: 'useful', page: '/en', status: 'new' },
      }),
    ).rejects.toThrow()
    const editor = await createUser(db.payload, 'feedback-editor@example.org', 'publisher')
    const { docs } = await db.payload.find({
      collection: 'page-feedback',
      overrideAccess: false,
      user: editor,
      where: { page: { equals: '/en/search' } },
    })
    expect(docs[0]?.problem).toBe('Search found nothing')
    const updated = await db.payload.update({
      collection: 'page-feedback',
      id: docs[0]!.id,
      overrideAccess: false,
      user: editor,
      data: { status: 'reviewed', problem: 'Rewritten by staff', page: '/en/other' },
    })
    expect(updated.status).toBe('reviewed')
    expect(updated.problem).toBe('Search found nothing')
    expect(updated.page).toBe('/en/search')
  })

  it('publishes a "You said, we did" entry in every language, never its feedback', async () => {
    const editor = await createUser(db.payload, 'ysw-editor@example.org', 'publisher')
    const [feedback] = (await db.payload.find({ collection: 'page-feedback', limit: 1, depth: 0 }))
      .docs
    const entry = await db.payload.create({
      collection: 'you-said-we-did',
      user: editor,
      overrideAccess: false,
      draft: true,
      context: { disableRevalidate: true },
      data: {
        youSaid: 'The search did not find the mediation guide.',
        weDid: 'We added the words families use to the guide.',
        feedback: [feedback!.id],
        _status: 'draft',
      },
    })
    expect(await listYouSaidWeDid(db.payload, 'en')).toEqual([])
    await db.payload.update({
      collection: 'you-said-we-did',
      id: entry.id,
      user: editor,
      overrideAccess: false,
      context: { disableRevalidate: true },
      data: { _status: 'published' },
    })
    await db.payload.update({
      collection: 'you-said-we-did',
      id: entry.id,
      locale: 'pl',
      context: { disableRevalidate: true },
      data: {
        youSaid: 'Wyszukiwarka nie znalazła poradnika o mediacji.',
        weDid: 'Dodaliśmy do poradnika słowa, których używają rodziny.',
      },
    })
    const [en] = await listYouSaidWeDid(db.payload, 'en')
    const [pl] = await listYouSaidWeDid(db.payload, 'pl')
    const [ur] = await listYouSaidWeDid(db.payload, 'ur')
    expect(en?.youSaid).toBe('The search did not find the mediation guide.')
    expect(pl?.youSaid).toBe('Wyszukiwarka nie znalazła poradnika o mediacji.')
    expect(pl?.weDid).toBe('Dodaliśmy do poradnika słowa, których używają rodziny.')
    expect(ur?.youSaid).toBe('The search did not find the mediation guide.')
    expect(ur?.weDid).toBe('We added the words families use to the guide.')
    expect(Object.keys(en!)).not.toContain('feedback')
    const anonymous = await db.payload.find({
      collection: 'you-said-we-did',
      overrideAccess: false,
      depth: 1,
    })
    expect(anonymous.docs).toHaveLength(1)
    expect(anonymous.docs[0]).not.toHaveProperty('feedback')
  })
})
