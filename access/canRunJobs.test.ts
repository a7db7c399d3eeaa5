import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { canRunJobs } from './canRunJobs'

const TOKEN = 'process-token-0123456789'
const SECRET = 'external-secret-0123456789'
type Env = Record<string, string | undefined>
const env: Env = { PORTAL_JOBS_TOKEN: TOKEN, JOBS_SECRET: SECRET }

function req(authorization: string | null, role?: string) {
  const headers = new Headers(authorization ? { authorization } : {})
  return { req: { headers, user: role ? { role } : null } as unknown as PayloadRequest }
}

describe('who may run queued jobs (GET /api/payload-jobs/run)', () => {
  it.each<[string, ReturnType<typeof req>, Env, boolean]>([
    ['the server ticker with its token', req(`Bearer ${TOKEN}`), env, true],
    ['an external scheduler with JOBS_SECRET', req(`Bearer ${SECRET}`), env, true],
    ['a signed-in admin', req(null, 'admin'), env, true],
    ['a signed-in editor', req(null, 'publisher'), env, false],
    ['anyone without a token', req(null), env, false],
    ['a wrong token', req('Bearer process-token-0123456788'), env, false],
    ['a token of another length', req(`Bearer ${TOKEN}x`), env, false],
    ['a token without "Bearer"', req(TOKEN), env, false],
    ['an empty bearer when nothing is configured', req('Bearer '), {}, false],
    [
      'a short JOBS_SECRET (refused as too weak)',
      req('Bearer short'),
      { JOBS_SECRET: 'short' },
      false,
    ],
  ])('%s -> %s', async (_, args, environment, allowed) => {
    expect(await canRunJobs(args, environment, async () => true)).toBe(allowed)
  })

  it.each([
    ['the ticker of the lease holder', `Bearer ${TOKEN}`, undefined, true, true],
    ['the ticker of another instance', `Bearer ${TOKEN}`, undefined, false, false],
    ['an external scheduler on another instance', `Bearer ${SECRET}`, undefined, false, false],
    ['an admin on another instance', null, 'admin', false, true],
  ])('several instances: %s -> %s', async (_, authorization, role, holdsLease, allowed) => {
    expect(await canRunJobs(req(authorization, role), env, async () => holdsLease)).toBe(allowed)
  })
})
