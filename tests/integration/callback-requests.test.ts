import { describe, expect, it } from 'vitest'

import { seed } from '@/content/seedRunner'
import { createRateLimiter } from '@/lib/rateLimit'
import { deleteExpiredCallbackRequests } from '@/lib/callback/retention'
import { submitCallbackRequest } from '@/lib/callback/submit'

import { createUser, itNeedingUniqueIndexes, payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
// Copies of one request sent at the same moment count once through the idempotency key's unique
// index.
const itWithUniqueIndexes = await itNeedingUniqueIndexes()
const roomy = () => createRateLimiter({ limit: 1000, windowMs: 60_000 })

function form(fields: Record<string, string> = {}) {
  return new URLSearchParams({
    name: 'Sam Jones',
    phone: '07700 900982',
    preferredTime: 'afternoon',
    topic: 'mediation',
    message: '',
    consent: 'yes',
    locale: 'pl',
    token: crypto.randomUUID(),
    ...fields,
  })
}

const count = async () => (await db.payload.count({ collection: 'callback-requests' })).totalDocs

// Payload's own REST handlers, as app/(payload)/api serves them (GraphQL is off). Imported once
// Payload has booted, so the config reads this file's temporary database.
async function api() {
  const [{ default: config }, routes] = await Promise.all([
    import('@payload-config'),
    import('@payloadcms/next/routes'),
  ])
  const params = (path: string) => ({ params: Promise.resolve({ slug: path.split('/') }) })
  const json = (method: string, body: unknown) => ({
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  return {
    get: (path: string) =>
      routes.REST_GET(config)(new Request(`http://localhost/api/${path}`), params(path)),
    post: (path: string, body: unknown) =>
      routes.REST_POST(config)(
        new Request(`http://localhost/api/${path}`, json('POST', body)),
        params(path),
      ),
    // With no GraphQL route, /api/graphql reaches the REST catch-all like any other path.
    graphql: (query: string) =>
      routes.REST_POST(config)(
        new Request('http://localhost/api/graphql', json('POST', { query })),
        params('graphql'),
      ),
  }
}

describe('call-back requests: storing', () => {
  it('stores a valid request once, even when it is sent twice', async () => {
    const before = await count()
    const request = form({ message: 'About the certificate' })
    const first = await submitCallbackRequest(db.payload, request, {
      client: 'a',
      limiter: roomy(),
    })
    const again = await submitCallbackRequest(db.payload, request, {
      client: 'a',
      limiter: roomy(),
    })
    expect(first.status).toBe('sent')
    expect(again.status).toBe('sent')
    expect(await count()).toBe(before + 1)
    const { docs } = await db.payload.find({ collection: 'callback-requests', limit: 1 })
    expect(docs[0]).toMatchObject({
      name: 'Sam Jones',
      phone: '07700900982',
      status: 'new',
      locale: 'pl',
      message: 'About the certificate',
    })
  })

  it('stores exactly 20 of 20 different requests sent at the same moment', async () => {
    const before = await count()
    const limiter = roomy()
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        submitCallbackRequest(db.payload, form({ name: `Parent ${i}` }), {
          client: `client-${i}`,
          limiter,
        }),
      ),
    )
    expect(results.filter((r) => r.status !== 'sent')).toEqual([])
    expect(await count()).toBe(before + 20)
  })

  itWithUniqueIndexes(
    'stores one of 20 copies of the same request sent at the same moment',
    async () => {
      const before = await count()
      const request = form()
      await Promise.all(
        Array.from({ length: 20 }, () =>
          submitCallbackRequest(db.payload, request, { client: 'same', limiter: roomy() }),
        ),
      )
      expect(await count()).toBe(before + 1)
    },
  )

  it('without a token, a resent identical form stores one request', async () => {
    const before = await count()
    const request = form({ token: '', name: 'No Script' })
    for (let i = 0; i < 3; i++) {
      await submitCallbackRequest(db.payload, request, { client: 'n', limiter: roomy() })
    }
    expect(await count()).toBe(before + 1)
  })

  it('returns errors and what was typed, and stores nothing, when the form is wrong', async () => {
    const before = await count()
    const result = await submitCallbackRequest(db.payload, form({ phone: '12345', consent: '' }), {
      client: 'b',
      limiter: roomy(),
    })
    expect(result).toMatchObject({
      status: 'invalid',
      errors: { phone: 'phoneInvalid', consent: 'consentRequired' },
      values: { name: 'Sam Jones', phone: '12345' },
    })
    expect(await count()).toBe(before)
  })

  it('limits a client to 5 requests in 10 minutes, without counting mistakes', async () => {
    const limiter = createRateLimiter({ limit: 5, windowMs: 600_000 })
    const send = (fields?: Record<string, string>) =>
      submitCallbackRequest(db.payload, form(fields), { client: 'busy', limiter })
    await send({ phone: 'nope' })
    const statuses = []
    for (let i = 0; i < 6; i++) statuses.push((await send()).status)
    expect(statuses).toEqual(['sent', 'sent', 'sent', 'sent', 'sent', 'rateLimited'])
    const other = await submitCallbackRequest(db.payload, form(), { client: 'calm', limiter })
    expect(other.status).toBe('sent')
  })

  it('answers a filled honeypot as if it worked but stores nothing', async () => {
    const before = await count()
    const result = await submitCallbackRequest(db.payload, form({ website: 'http://spam' }), {
      client: 'bot',
      limiter: roomy(),
    })
    expect(result.status).toBe('sent')
    expect(await count()).toBe(before)
  })

  it('sends requests only to providers that take them', async () => {
    await seed(db.payload)
    const send = (provider: string) =>
      submitCallbackRequest(db.payload, form({ provider }), { client: 'p', limiter: roomy() })
    const taken = await send('global-mediation')
    expect(taken.status).toBe('sent')
    const { docs } = await db.payload.find({ collection: 'callback-requests', limit: 1, depth: 1 })
    expect(docs[0]?.provider).toMatchObject({ slug: 'global-mediation' })
    expect((await send('sefton-sendiass')).status).toBe('unavailable')
    expect((await send('no-such-provider')).status).toBe('unavailable')
  })
})

describe('call-back requests: who can see them', () => {
  it('refuses anonymous Local API reads and creates', async () => {
    await expect(
      db.payload.find({ collection: 'callback-requests', overrideAccess: false }),
    ).rejects.toThrow()
    await expect(
      db.payload.create({
        collection: 'callback-requests',
        overrideAccess: false,
        data: {
          name: 'x',
          phone: '07700900982',
          preferredTime: 'any',
          topic: 'other',
          consent: true,
          status: 'new',
          idempotencyKey: 'k',
        },
      }),
    ).rejects.toThrow()
  })

  it('refuses anonymous REST reads and creates, and has no GraphQL', async () => {
    expect(await count()).toBeGreaterThan(0)
    const rest = await api()
    const list = await rest.get('callback-requests')
    expect(list.status).toBe(403)
    const created = await rest.post('callback-requests', {
      name: 'Intruder',
      phone: '07700900982',
      preferredTime: 'any',
      topic: 'other',
      consent: true,
      idempotencyKey: 'intruder',
    })
    expect(created.status).toBe(403)
    const read = await rest.graphql('{ CallbackRequests { docs { name phone } } }')
    expect(read.status).toBe(404)
    expect(read.headers.get('content-type')).toMatch(/json/)
    const write = await rest.graphql(
      'mutation { createCallbackRequest(data: { name: "x", phone: "07700900982", preferredTime: any, topic: other, consent: true, idempotencyKey: "g" }) { id } }',
    )
    expect(write.status).toBe(404)
    expect(await count()).toBeGreaterThan(0)
    const intruders = await db.payload.count({
      collection: 'callback-requests',
      where: { idempotencyKey: { in: ['intruder', 'g'] } },
    })
    expect(intruders.totalDocs).toBe(0)
  })

  it('answers a GraphQL query with 200 aliases at once, with 404 (GraphQL is off)', async () => {
    const rest = await api()
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: Pages { docs { id } }`).join(' ')
    const started = performance.now()
    const response = await rest.graphql(`{ ${aliases} }`)
    const elapsedMs = performance.now() - started
    expect(response.status).toBe(404)
    expect(elapsedMs).toBeLessThan(1000)
  })

  it('lets the SEN team read and update its requests, newest first, and only admins delete', async () => {
    // The first account always becomes an admin, so the others are not.
    const admin = await createUser(db.payload, 'callbacks-admin@example.org', 'admin')
    const editor = await createUser(db.payload, 'callbacks-editor@example.org', 'publisher')
    const sen = await db.payload.create({
      collection: 'users',
      data: {
        email: 'callbacks-sen@example.org',
        password: 'plum-kettle-orbit-lantern',
        role: 'caseworker',
        senTeam: true,
      },
    })
    expect(editor.role).toBe('publisher')
    const all = await db.payload.find({
      collection: 'callback-requests',
      overrideAccess: false,
      user: admin,
      limit: 1000,
    })
    const { docs } = await db.payload.find({
      collection: 'callback-requests',
      overrideAccess: false,
      user: sen,
      limit: 1000,
    })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.length).toBeLessThan(all.docs.length) // not the mediation service's request
    expect(docs.every((d) => d.inbox === 'sen-team')).toBe(true)
    const times = docs.map((d) => d.createdAt)
    expect([...times].sort().reverse()).toEqual(times)
    // Content editors are not caseworkers: they read no family's request.
    await expect(
      db.payload.find({ collection: 'callback-requests', overrideAccess: false, user: editor }),
    ).rejects.toThrow()
    const updated = await db.payload.update({
      collection: 'callback-requests',
      id: docs[0]!.id,
      overrideAccess: false,
      user: sen,
      data: { status: 'contacted', addNote: 'Left a voicemail' },
    })
    expect(updated.status).toBe('contacted')
    expect(updated.history).toMatchObject([
      { event: 'status', status: 'contacted', who: 'callbacks-sen@example.org' },
      { event: 'note', note: 'Left a voicemail', who: 'callbacks-sen@example.org' },
    ])
    await expect(
      db.payload.delete({
        collection: 'callback-requests',
        id: docs[0]!.id,
        overrideAccess: false,
        user: sen,
      }),
    ).rejects.toThrow()
  })
})

describe('call-back requests: retention', () => {
  it('deletes requests older than the retention period in site settings', async () => {
    await db.payload.updateGlobal({
      slug: 'site-settings',
      data: { callbackRetentionDays: 30 },
      context: { disableRevalidate: true },
    })
    const total = await count()
    const in29Days = new Date(Date.now() + 29 * 86_400_000)
    expect(await deleteExpiredCallbackRequests(db.payload, in29Days)).toBe(0)
    const in31Days = new Date(Date.now() + 31 * 86_400_000)
    expect(await deleteExpiredCallbackRequests(db.payload, in31Days)).toBe(total)
    expect(await count()).toBe(0)
  })
})
