import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { exportCsv } from '@/collections/CallbackRequests/endpoints/exportCsv'
import { submitCallbackRequest } from '@/lib/callback/submit'
import { createRateLimiter } from '@/lib/rateLimit'
import type { CallbackRequest, User } from '@/payload-types'

import { payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
let payload: Payload
const users: Record<string, User> = {}
const providers: Record<string, number> = {}

async function provider(slug: string, kind: 'mediation' | 'sendiass' | 'council-team') {
  const doc = await payload.create({
    collection: 'providers',
    data: {
      name: `Provider ${slug}`,
      slug,
      kind,
      uuid: crypto.randomUUID(),
      description: 'For tests',
      acceptsCallbacks: true,
      status: 'active',
      lastVerified: '2026-11-01',
      _status: 'published',
    },
    context: { disableRevalidate: true },
  })
  providers[slug] = doc.id
}

async function user(key: string, data: Partial<User>) {
  users[key] = await payload.create({
    collection: 'users',
    data: { email: `${key}@example.org`, password: 'plum-kettle-orbit-lantern', ...data } as User,
  })
}

async function submit(name: string, providerSlug?: string) {
  const form = new URLSearchParams({
    name,
    phone: '07700 900982',
    preferredTime: 'any',
    topic: 'mediation',
    consent: 'yes',
    locale: 'en',
    token: crypto.randomUUID(),
    ...(providerSlug ? { provider: providerSlug } : {}),
  })
  const limiter = createRateLimiter({ limit: 1000, windowMs: 60_000 })
  const result = await submitCallbackRequest(payload, form, { client: name, limiter })
  expect(result.status).toBe('sent')
}

const byName = async (name: string) =>
  (
    await payload.find({
      collection: 'callback-requests',
      where: { name: { equals: name } },
      depth: 0,
    })
  ).docs[0]!

const visibleTo = async (key: string) =>
  (
    await payload.find({
      collection: 'callback-requests',
      overrideAccess: false,
      user: users[key],
      limit: 100,
    })
  ).docs
    .map((d) => d.name)
    .sort()

beforeAll(async () => {
  payload = db.payload
  await user('admin', { role: 'admin' }) // the first account is always an admin
  await provider('mediation-a', 'mediation')
  await provider('sendiass-b', 'sendiass')
  await provider('council-c', 'council-team')
  await user('publisher', { role: 'publisher' })
  await user('mediator', { role: 'caseworker', provider: providers['mediation-a'] })
  await user('adviser', { role: 'caseworker', provider: providers['sendiass-b'] })
  await user('sen', { role: 'caseworker', senTeam: true })
  await submit('To mediation', 'mediation-a')
  await submit('To SENDIASS', 'sendiass-b')
  await submit('To the council team', 'council-c')
  await submit('From a guide')
})

describe("call-back inbox: a provider's staff see only their requests", () => {
  it('files each request in its inbox', async () => {
    expect((await byName('To mediation')).inbox).toBe('provider')
    expect((await byName('To SENDIASS')).inbox).toBe('provider')
    expect((await byName('To the council team')).inbox).toBe('sen-team')
    expect((await byName('From a guide')).inbox).toBe('sen-team')
  })

  it.each([
    ['admin', ['From a guide', 'To mediation', 'To SENDIASS', 'To the council team']],
    ['mediator', ['To mediation']],
    ['adviser', ['To SENDIASS']],
    ['sen', ['From a guide', 'To the council team']],
    ['publisher', []],
  ])('%s reads %j', async (key, names) => {
    if (names.length === 0) {
      await expect(visibleTo(key)).rejects.toThrow()
    } else {
      expect(await visibleTo(key)).toEqual([...names].sort())
    }
  })

  it.each([
    ['mediator', 'To SENDIASS'],
    ['adviser', 'To mediation'],
    ['sen', 'To mediation'],
    ['mediator', 'From a guide'],
    ['publisher', 'From a guide'],
  ])('%s can neither open nor change %j', async (key, name) => {
    const { id } = await byName(name)
    const as = { overrideAccess: false, user: users[key] }
    await expect(payload.findByID({ collection: 'callback-requests', id, ...as })).rejects.toThrow()
    await expect(
      payload.update({ collection: 'callback-requests', id, data: { status: 'closed' }, ...as }),
    ).rejects.toThrow()
    expect((await byName(name)).status).toBe('new')
  })

  it('exports to CSV only what the user may read', async () => {
    const csvFor = async (key: string, query = '') => {
      const req = await createLocalReq(
        { user: users[key], urlSuffix: `/api/callback-requests/export.csv${query}` },
        payload,
      )
      return exportCsv(req)
    }
    const mediator = await csvFor('mediator')
    expect(mediator.status).toBe(200)
    expect(mediator.headers.get('content-type')).toMatch(/text\/csv/)
    const text = await mediator.text()
    expect(text).toContain('To mediation')
    expect(text).not.toContain('To SENDIASS')
    expect(text).not.toContain('From a guide')
    // A filter cannot widen what the user may read.
    const widened = await (await csvFor('mediator', `?provider=${providers['sendiass-b']}`)).text()
    expect(widened).not.toContain('To SENDIASS')
    expect((await csvFor('publisher')).status).toBe(403)
    expect((await csvFor('admin', '?status=open')).status).toBe(400)
    const admin = await (await csvFor('admin', '?status=new')).text()
    expect(admin.trim().split('\r\n')).toHaveLength(5)
  })
})

describe('call-back inbox: answers read-only, notes append-only', () => {
  it('records notes and status changes with who and when, and nothing rewrites them', async () => {
    const { id } = await byName('To mediation')
    const as = { overrideAccess: false, user: users.mediator }
    const update = (data: Partial<CallbackRequest>) =>
      payload.update({ collection: 'callback-requests', id, data, ...as })

    await update({ addNote: 'Rang at 10:00, no answer' })
    await update({ status: 'contacted', addNote: 'Spoke to the parent' })
    const before = await byName('To mediation')
    expect(before.history).toMatchObject([
      { who: 'mediator@example.org', event: 'note', note: 'Rang at 10:00, no answer' },
      { who: 'mediator@example.org', event: 'status', status: 'contacted' },
      { who: 'mediator@example.org', event: 'note', note: 'Spoke to the parent' },
    ])
    for (const entry of before.history ?? []) {
      expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000)
    }

    // Attempts to rewrite or delete the history, or the family's answers, change nothing.
    await update({ history: [] })
    await update({ history: [{ at: before.createdAt, who: 'x', event: 'note', note: 'forged' }] })
    await update({ name: 'Changed', phone: '07700900000', message: 'Changed', provider: null })
    const after = await byName('To mediation')
    expect(after.history).toEqual(before.history)
    expect(after).toMatchObject({
      name: 'To mediation',
      phone: '07700900982',
      provider: providers['mediation-a'],
    })
    expect(after.addNote).toBeUndefined()
  })
})
