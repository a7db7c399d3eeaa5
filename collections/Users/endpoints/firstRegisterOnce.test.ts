import type { PayloadRequest } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { firstRegisterOnce } from './firstRegisterOnce'

/** A request whose database holds `existing` users and whose oldest account is `oldest`. */
function fakeRequest({ existing, oldest }: { existing: number; oldest: number }) {
  const builtIn = vi.fn(async () => Response.json({ user: { id: 7 } }))
  const remove = vi.fn(async () => ({}))
  const req = {
    t: (key: string) => key,
    payload: {
      count: async () => ({ totalDocs: existing }),
      find: async () => ({ docs: [{ id: oldest }] }),
      delete: remove,
      collections: {
        users: {
          config: {
            endpoints: [
              firstRegisterOnce,
              { path: '/first-register', method: 'post', handler: builtIn },
            ],
          },
        },
      },
    },
  } as unknown as PayloadRequest
  return { req, builtIn, remove }
}

describe('first-register: one admin, also across server processes', () => {
  it.each([
    ['an empty database, this request first', 0, 7, 200, false],
    ['a user already exists (checked inside the queue)', 1, 1, 403, false],
    ['another process registered first, at the same moment', 0, 3, 403, true],
  ])('%s -> %i', async (_, existing, oldest, status, deletesOwn) => {
    const { req, builtIn, remove } = fakeRequest({ existing, oldest })
    const result = await Promise.resolve(firstRegisterOnce.handler(req)).then(
      (response) => response.status,
      (error: { status?: number }) => error.status,
    )
    expect(result).toBe(status)
    expect(builtIn).toHaveBeenCalledTimes(existing === 0 ? 1 : 0)
    expect(remove.mock.calls).toEqual(deletesOwn ? [[expect.objectContaining({ id: 7 })]] : [])
  })

  it('runs one registration at a time in a process', async () => {
    let running = 0
    let most = 0
    const slow = async () => {
      running++
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, 20))
      running--
      return Response.json({ user: { id: 7 } })
    }
    const requests = Array.from({ length: 5 }, () => {
      const { req } = fakeRequest({ existing: 0, oldest: 7 })
      ;(req.payload.collections.users.config.endpoints as { handler: unknown }[])[1]!.handler = slow
      return firstRegisterOnce.handler(req)
    })
    await Promise.all(requests)
    expect(most).toBe(1)
  })
})
