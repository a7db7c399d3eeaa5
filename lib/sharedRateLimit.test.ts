import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RateLimiter } from '@/lib/rateLimit'
import type { SharedRedis } from '@/lib/redis'
import { sharedRateLimiter } from '@/lib/sharedRateLimit'
import { NO_REDIS_MESSAGE, redisServerPath, startRedis } from '@/tests/helpers/redisServer'

if (!redisServerPath) console.warn(`Skipping the shared rate-limit tests: ${NO_REDIS_MESSAGE}`)

// [case, steps (fail: a counted attempt; begin/end: a login counted, then found good), allowed next]
const cases = [
  ['three failures reach the limit', ['fail', 'fail', 'fail'], false],
  ['two failures leave one more try', ['fail', 'fail'], true],
  ['a good login does not count', ['fail', 'fail', 'begin', 'end'], true],
  [
    'a good login forgets itself, not a failure made while it was checked',
    ['fail', 'begin', 'fail', 'end', 'fail'],
    false,
  ],
  [
    'releasing the same attempt twice forgets it once',
    ['fail', 'fail', 'begin', 'end', 'end', 'fail'],
    false,
  ],
  ['a refused attempt is not counted', ['fail', 'fail', 'begin', 'fail', 'end'], true],
] as const

async function play(limiter: RateLimiter, steps: readonly string[]) {
  let pending: Awaited<ReturnType<RateLimiter['take']>>['attempt']
  for (const step of steps) {
    if (step === 'fail') await limiter.take('a')
    if (step === 'begin') pending = (await limiter.take('a')).attempt
    if (step === 'end') await limiter.release('a', pending!)
  }
  return (await limiter.take('a')).allowed
}

describe('sharedRateLimiter without REDIS_URL (memory, one instance)', () => {
  it.each(cases)('%s', async (_case, steps, expected) => {
    const limiter = sharedRateLimiter('t', { limit: 3, windowMs: 60_000 }, () => null)
    expect(await play(limiter, steps)).toBe(expected)
  })
})

describe.skipIf(!redisServerPath)('sharedRateLimiter with Redis (several instances)', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>
  let clients: SharedRedis[]
  let run = 0
  // Each case has its own limit name, so cases never see each other's counts.
  const instance = (client: SharedRedis, name: string, limit = 3, windowMs = 60_000) =>
    sharedRateLimiter(name, { limit, windowMs }, () => client)

  beforeAll(async () => {
    redis = await startRedis()
    clients = [await redis.client(), await redis.client()]
  })
  afterAll(() => redis?.stop())

  it.each(cases)('%s', async (_case, steps, expected) => {
    expect(await play(instance(clients[0]!, `case-${run++}`), steps)).toBe(expected)
  })

  it('counts one limit across two instances, atomically', async () => {
    const [a, b] = [instance(clients[0]!, 'shared', 5), instance(clients[1]!, 'shared', 5)]
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).take('client')),
    )
    expect(results.filter((r) => r.allowed)).toHaveLength(5)
    expect((await a.take('other')).allowed).toBe(true)
    const refused = await b.take('client')
    expect(refused.allowed).toBe(false)
    expect(refused.retryAfterMs).toBeGreaterThan(55_000)
    expect(refused.retryAfterMs).toBeLessThanOrEqual(60_000)
  })

  it("waits for a fresh instance's connection, so its first attempt counts in Redis", async () => {
    const fresh = await redis.client({ waitForConnection: false })
    const [a, b] = [instance(fresh, 'fresh', 1), instance(clients[0]!, 'fresh', 1)]
    expect((await a.take('y')).allowed).toBe(true)
    expect((await b.take('y')).allowed).toBe(false)
  })

  it('a login on one instance forgets only its own attempt, made on another', async () => {
    const [a, b] = [instance(clients[0]!, 'login', 2), instance(clients[1]!, 'login', 2)]
    const success = (await a.take('x')).attempt!
    await b.take('x') // a wrong guess elsewhere while the password is checked
    await a.release('x', success)
    expect((await b.take('x')).allowed).toBe(true)
    expect((await a.take('x')).allowed).toBe(false)
  })

  it('starts a new window when the old one ends, and a late release forgets nothing in it', async () => {
    const limiter = instance(clients[0]!, 'window', 1, 1000)
    const old = (await limiter.take('w')).attempt!
    expect((await limiter.take('w')).allowed).toBe(false)
    await new Promise((r) => setTimeout(r, 1100))
    expect((await limiter.take('w')).allowed).toBe(true)
    await limiter.release('w', old)
    expect((await limiter.take('w')).allowed).toBe(false)
  })
})
