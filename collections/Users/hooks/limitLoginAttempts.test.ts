import { describe, expect, it } from 'vitest'

import { PEER_ADDRESS_HEADER, PEER_TOKEN_ENV } from '@/lib/clientAddress'

import { LOGIN_RATE_LIMIT, forgiveSuccessfulLogin, limitLoginAttempts } from './limitLoginAttempts'

process.env[PEER_TOKEN_ENV] = 'hook-test-token'
delete process.env.TRUSTED_PROXIES

type Hook = (args: Record<string, unknown>) => unknown
const before = limitLoginAttempts as unknown as Hook
const after = forgiveSuccessfulLogin as unknown as Hook

/** A fresh Payload request from `peer`; one request is one login (or reset) attempt. */
const request = (peer: string) => ({
  headers: new Headers({ [PEER_ADDRESS_HEADER]: `hook-test-token ${peer}` }),
  context: {} as Record<string, unknown>,
})

/** Runs the beforeOperation hook for a login; false when it refuses with 429. */
async function startLogin(req: ReturnType<typeof request>): Promise<boolean> {
  try {
    await before({ args: {}, operation: 'login', req })
    return true
  } catch (error) {
    expect(error).toMatchObject({ status: 429 })
    return false
  }
}

const LIMIT = LOGIN_RATE_LIMIT.limit
let row = 0

describe('login attempts: what a good login forgives', () => {
  it.each([
    // [case, steps, is the next login let through]
    ['limit failed logins', [['fail', LIMIT]], false],
    [
      'own good logins never count',
      [
        ['fail', LIMIT - 1],
        ['good', 20],
      ],
      true,
    ],
    [
      'good logins (any account) between failures do not erase them',
      [
        ['fail', LIMIT / 2],
        ['good', 3],
        ['fail', LIMIT / 2],
        ['good', 3],
      ],
      false,
    ],
    [
      'a password reset logs in but erases no failure',
      [
        ['fail', LIMIT],
        ['reset', 5],
      ],
      false,
    ],
    [
      'a good login checked while other guesses arrive forgets only itself',
      [
        ['overlap', LIMIT - 1],
        ['fail', 1],
      ],
      false,
    ],
  ] as const)('%s', async (_case, steps, expected) => {
    const peer = `203.0.113.${++row}` // a client of its own per row
    for (const [step, times] of steps) {
      for (let i = 0; i < times; i++) {
        if (step === 'fail') await startLogin(request(peer))
        if (step === 'good') {
          const req = request(peer)
          if (await startLogin(req)) await after({ req, user: {} })
        }
        if (step === 'reset') await after({ req: request(peer), user: {} })
        if (step === 'overlap') {
          const good = request(peer)
          await startLogin(good)
          await startLogin(request(peer)) // a wrong guess while the good password is being checked
          await after({ req: good, user: {} })
        }
      }
    }
    expect(await startLogin(request(peer))).toBe(expected)
  })
})
