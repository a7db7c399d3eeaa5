import { randomUUID } from 'node:crypto'

import type { JobsConfig, Payload } from 'payload'

import { redisKeyPrefix, redisUrl, sharedRedis, type SharedRedis } from '@/lib/redis'

type AutorunCronConfig = Extract<NonNullable<JobsConfig['autoRun']>, unknown[]>[number]

/**
 * Why a lease: every instance runs Payload's job cron at the same second, and Payload claims jobs
 * by reading the unclaimed ones and then marking them (not atomic on SQLite: drizzle's updateJobs),
 * and queues scheduled tasks after checking none is queued (not atomic either). Two instances
 * could then run one job twice (a second e-mail) or queue a schedule twice. So with REDIS_URL set,
 * only the instance holding this lease schedules and runs jobs; the others skip the tick. A
 * holder that stops renewing (it crashed) loses the lease after `ttlMs`, and another takes over.
 */
const ACQUIRE_OR_RENEW = `
local holder = redis.call('get', KEYS[1])
if not holder then
  redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
if holder == ARGV[1] then
  redis.call('pexpire', KEYS[1], ARGV[2])
  return 1
end
return 0`

export type RunnerLease = {
  /** True when this instance holds the lease (taking it if free, renewing it if already its own). */
  holds(): Promise<boolean>
}

export function createRunnerLease({
  client,
  key = `${redisKeyPrefix()}:jobs:runner`,
  ttlMs = 90_000,
  holder = randomUUID(),
}: {
  client: SharedRedis
  key?: string
  ttlMs?: number
  holder?: string
}): RunnerLease {
  return {
    async holds() {
      // Unreachable Redis: nobody can know who runs jobs, so nobody does until it is back.
      if (!client.isReady) return false
      const got = await client.eval(ACQUIRE_OR_RENEW, {
        keys: [key],
        arguments: [holder, `${ttlMs}`],
      })
      return got === 1
    },
  }
}

/** Payload's cron for several instances: one tick a minute for every queue, scheduling left to the lease holder. */
const SHARED_CRON: AutorunCronConfig[] = [
  { cron: '* * * * *', allQueues: true, disableScheduling: true },
]

/** `crons` for one instance; with REDIS_URL, SHARED_CRON (see jobsMayRunHere). */
export function jobCrons(crons: AutorunCronConfig[]): AutorunCronConfig[] {
  return redisUrl() ? SHARED_CRON : crons
}

let lease: RunnerLease | undefined

/**
 * Payload's `shouldAutoRun`: never while building or testing; on a single instance (no
 * REDIS_URL) always; with several, only on the lease holder, which first queues due scheduled
 * tasks (the retention job) itself, so schedules are queued once.
 */
export async function jobsMayRunHere(payload: Payload): Promise<boolean> {
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.NODE_ENV === 'test') {
    return false
  }
  const client = sharedRedis()
  if (!client) return true
  lease ??= createRunnerLease({ client })
  if (!(await lease.holds().catch(() => false))) return false
  await payload.jobs.handleSchedules({ allQueues: true })
  return true
}
