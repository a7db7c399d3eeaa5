import { describe, expect, it } from 'vitest'

import { payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()

/** POST /api/users/first-register through Payload's REST handler, as the admin's screen sends it. */
async function firstRegister(email: string) {
  const [{ default: config }, routes] = await Promise.all([
    import('@payload-config'),
    import('@payloadcms/next/routes'),
  ])
  const response = await routes.REST_POST(config)(
    new Request('http://localhost/api/users/first-register', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email,
        password: 'plum-kettle-orbit-lantern',
        'confirm-password': 'plum-kettle-orbit-lantern',
      }),
    }),
    { params: Promise.resolve({ slug: ['users', 'first-register'] }) },
  )
  return response.status
}

describe('the first administrator', () => {
  it('is created exactly once when ten people register at the same moment', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => firstRegister(`first-${i}@example.org`)),
    )
    const { docs } = await db.payload.find({ collection: 'users', depth: 0, limit: 50 })
    expect(docs).toHaveLength(1)
    expect(docs[0]!.role).toBe('admin')
    expect(statuses.filter((status) => status === 200)).toHaveLength(1)
    // Everyone else is refused with a client error, never a server error.
    for (const status of statuses.filter((s) => s !== 200)) {
      expect(status).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(500)
    }
  })

  it('is refused once an account exists', async () => {
    expect(await firstRegister('late@example.org')).toBe(403)
    expect(await db.payload.count({ collection: 'users' })).toEqual({ totalDocs: 1 })
  })
})
