import { timingSafeEqual } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { holdsRunnerLease } from '@/lib/jobs/runnerLease'

import { hasRole } from './roles'

/** The token scripts/server.mjs gives its own job ticker (random, known only to the process). */
export const JOBS_TOKEN_ENV = 'PORTAL_JOBS_TOKEN'
/** Optional: a long secret for an external scheduler calling GET /api/payload-jobs/run. */
export const JOBS_SECRET_ENV = 'JOBS_SECRET'

function sameSecret(given: string, expected: string | undefined): boolean {
  if (!expected || expected.length < 16) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Who may run queued jobs through GET /api/payload-jobs/run: the server's own ticker (bearer
 * token) or an external scheduler with JOBS_SECRET, and with several instances (REDIS_URL) only
 * on the holder of the job runner's lease, so each job runs once; or a signed-in admin.
 */
export async function canRunJobs(
  { req }: { req: PayloadRequest },
  env: Record<string, string | undefined> = process.env,
  mayRunHere: () => Promise<boolean> = holdsRunnerLease,
): Promise<boolean> {
  if (hasRole(req.user, 'admin')) return true
  const match = /^Bearer (\S+)$/.exec(req.headers.get('authorization') ?? '')
  if (!match) return false
  const known =
    sameSecret(match[1]!, env[JOBS_TOKEN_ENV]) || sameSecret(match[1]!, env[JOBS_SECRET_ENV])
  return known && (await mayRunHere())
}
