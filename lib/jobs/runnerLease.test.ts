import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createRunnerLease, jobCrons } from '@/lib/jobs/runnerLease'
import type { SharedRedis } from '@/lib/redis'
import { NO_REDIS_MESSAGE, redisServerPath, startRedis } from '@/tests/helpers/redisServer'

if (!redisServerPath) console.warn(`Skipping the job runner lease tests: ${NO_REDIS_MESSAGE}`)

describe('jobCrons', () => {
  const single = [{ cron: '* * * * *', queue: 'default' }]
  it.each([
    ['one instance keeps its own crons', undefined, single],
    [
      'several instances: the same queues, scheduling left to the lease holder',
      'redis://127.0.0.1:6379',
      [{ cron: '* * * * *', queue: 'default', disableScheduling: true }],
    ],
  ])('%s', (_case, url, expected) => {
    const saved = process.env.REDIS_URL
    if (url) process.env.REDIS_URL = url
    else delete process.env.REDIS_URL
    try {
      expect(jobCrons(single)).toEqual(expected)
    } finally {
      if (saved === undefined) delete process.env.REDIS_URL
      else process.env.REDIS_URL = saved
    }
  })
})

describe.skipIf(!redisServerPath)('createRunnerLease on Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>
  let clients: SharedRedis[]
  let run = 0
  beforeAll(async () => {
    redis = await startRedis()
    clients = [await redis.client(), await redis.client(), await redis.client()]
  })
  afterAll(() => redis?.stop())

  // Steps: an instance's tick (a, b or c) and whether it may run jobs; `wait` lets the lease lapse.
  it.each([
    [
      'the first instance to tick takes the lease',
      [
        ['a', true],
        ['b', false],
      ],
    ],
    [
      'the holder keeps it tick after tick',
      [
        ['a', true],
        ['b', false],
        ['a', true],
        ['c', false],
        ['a', true],
      ],
    ],
    [
      'a holder that stops renewing loses it to the next tick',
      [['a', true], ['wait'], ['b', true], ['a', false]],
    ],
    [
      'renewing pushes the lapse back',
      [['a', true], ['half'], ['a', true], ['half'], ['b', false]],
    ],
  ] as const)('%s', async (_case, steps) => {
    const key = `lease-${run++}`
    const ttlMs = 300
    const leases = Object.fromEntries(
      ['a', 'b', 'c'].map((id, i) => [
        id,
        createRunnerLease({ client: clients[i]!, key, ttlMs, holder: id }),
      ]),
    )
    for (const step of steps) {
      if (step[0] === 'wait') await new Promise((r) => setTimeout(r, ttlMs + 50))
      else if (step[0] === 'half') await new Promise((r) => setTimeout(r, ttlMs / 2 + 20))
      else expect([step[0], await leases[step[0]]!.holds()]).toEqual([step[0], step[1]])
    }
  })

  it('exactly one of several instances ticking at the same moment runs jobs', async () => {
    const leases = clients.map((client, i) =>
      createRunnerLease({ client, key: 'same-second', holder: `instance-${i}` }),
    )
    const results = await Promise.all(leases.map((lease) => lease.holds()))
    expect(results.filter(Boolean)).toHaveLength(1)
  })

  it('nobody runs jobs while Redis is unreachable', async () => {
    const offline = { isReady: false } as unknown as SharedRedis
    expect(await createRunnerLease({ client: offline, key: 'offline' }).holds()).toBe(false)
  })
})
