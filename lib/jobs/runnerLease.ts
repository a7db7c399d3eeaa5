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

/**
 * A lease on `key` in Redis (default `<prefix>:jobs:runner`) held by `holder` (default a random
 * UUID for this process) for `ttlMs` milliseconds (default 90 000) after each successful
 * `holds()`. Taking or renewing is one atomic Lua script, so two instances never both hold it.
 * `holds()` is false without asking Redis while the client is not connected, and rejects with the
 * client's error if the script itself fails (holdsRunnerLease turns that into false).
 */
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

/**
 * `crons` as given for one instance; with REDIS_URL the same queues with scheduling left to the
 * lease holder (jobsMayRunHere queues due schedules once). The default queue (scheduled
 * publishing) is not among them in production: each server's job ticker runs it through
 * /api/payload-jobs/run, inside a Next.js request so its purges work, and access/canRunJobs.ts
 * lets only the lease holder's ticker through.
 */
export function jobCrons(crons: AutorunCronConfig[]): AutorunCronConfig[] {
  return redisUrl() ? crons.map((cron) => ({ ...cron, disableScheduling: true })) : crons
}

let lease: RunnerLease | undefined

/**
 * True when this instance may run jobs now: always without REDIS_URL; with it, only while it
 * holds the runner lease (never when Redis cannot be reached). Never throws.
 */
export async function holdsRunnerLease(): Promise<boolean> {
  const client = sharedRedis()
  if (!client) return true
  lease ??= createRunnerLease({ client })
  return lease.holds().catch(() => false)
}

/**
 * Payload's `shouldAutoRun`: never while building or testing; on a single instance (no
 * REDIS_URL) always; with several, only on the lease holder, which first queues due scheduled
 * tasks (the retention job) itself, so schedules are queued once.
 */
export async function jobsMayRunHere(payload: Payload): Promise<boolean> {
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.NODE_ENV === 'test') {
    return false
  }
  if (!sharedRedis()) return true
  if (!(await holdsRunnerLease())) return false
  await payload.jobs.handleSchedules({ allQueues: true })
  return true
}
