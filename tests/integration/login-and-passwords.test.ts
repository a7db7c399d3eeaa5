import { describe, expect, it } from 'vitest'

import { PEER_ADDRESS_HEADER, PEER_TOKEN_ENV } from '@/lib/clientAddress'
import { PASSWORD_MESSAGES } from '@/lib/auth/passwordPolicy'
import { LOGIN_RATE_LIMIT } from '@/collections/Users/hooks/limitLoginAttempts'

import { payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
process.env[PEER_TOKEN_ENV] = 'login-test-token'
delete process.env.TRUSTED_PROXIES

const STAFF = { email: 'staff.member@example.org', password: 'plum-kettle-orbit-lantern' }

/** POST /api/users/login through Payload's REST handler, from the given TCP peer. */
async function login(
  peer: string,
  password: string,
  forwardedFor?: string,
  email: string = STAFF.email,
) {
  const [{ default: config }, routes] = await Promise.all([
    import('@payload-config'),
    import('@payloadcms/next/routes'),
  ])
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    [PEER_ADDRESS_HEADER]: `login-test-token ${peer}`,
  }
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor
  const response = await routes.REST_POST(config)(
    new Request('http://localhost/api/users/login', {
      method: 'POST',
      headers,
      body: JSON.stringify({ email, password }),
    }),
    { params: Promise.resolve({ slug: ['users', 'login'] }) },
  )
  return response.status
}

describe('staff passwords', () => {
  it.each([
    ['short', PASSWORD_MESSAGES.tooShort],
    ['new.person@example.org-x', PASSWORD_MESSAGES.containsEmail],
    ['NewPerson2026', PASSWORD_MESSAGES.containsEmail],
    ['Password2026!', PASSWORD_MESSAGES.common],
    ['qwertyuiop123', PASSWORD_MESSAGES.common],
  ])('refuses %j for a new account', async (password, message) => {
    await expect(
      db.payload.create({
        collection: 'users',
        data: { email: 'new.person@example.org', password, role: 'publisher' },
      }),
    ).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ message, path: 'password' })] },
    })
  })

  it('accepts a long uncommon password, and refuses a weak one when it is changed', async () => {
    const user = await db.payload.create({ collection: 'users', data: { ...STAFF, role: 'admin' } })
    await expect(
      db.payload.update({
        collection: 'users',
        id: user.id,
        data: { password: 'staffmember2026' },
      }),
    ).rejects.toThrow(/email|invalid/i)
    await expect(
      db.payload.update({
        collection: 'users',
        id: user.id,
        data: { password: 'letmein-letmein' },
      }),
    ).rejects.toThrow()
    const changed = await db.payload.update({
      collection: 'users',
      id: user.id,
      data: { password: STAFF.password, name: 'Staff' },
    })
    expect(changed.name).toBe('Staff')
  })
})

describe('login attempts', () => {
  it('limits failed attempts per client, and never locks the account for everyone else', async () => {
    const attacker = '203.0.113.66'
    const statuses: number[] = []
    for (let i = 0; i < LOGIN_RATE_LIMIT.limit; i++)
      statuses.push(await login(attacker, `wrong-${i}`))
    expect(statuses).toEqual(Array(LOGIN_RATE_LIMIT.limit).fill(401))
    // Over the limit, even the right password is refused from that client...
    expect(await login(attacker, STAFF.password)).toBe(429)
    // ...and a forged X-Forwarded-For does not help without a trusted proxy...
    expect(await login(attacker, STAFF.password, '198.51.100.1')).toBe(429)
    // ...while the member of staff, from their own connection, still gets in.
    expect(await login('198.51.100.20', STAFF.password)).toBe(200)
  })

  it('does not count successful logins', async () => {
    const office = '198.51.100.30'
    const statuses: number[] = []
    for (let i = 0; i < LOGIN_RATE_LIMIT.limit + 3; i++)
      statuses.push(await login(office, STAFF.password))
    expect(statuses.every((s) => s === 200)).toBe(true)
  })

  it('does not let good logins to one account erase failed guesses at another', async () => {
    const own = { email: 'insider@example.org', password: 'quartz-meadow-violin-harbour' }
    await db.payload.create({ collection: 'users', data: { ...own, role: 'publisher' } })
    const insider = '203.0.113.77'
    const statuses: number[] = []
    for (let i = 0; i < LOGIN_RATE_LIMIT.limit; i++) {
      statuses.push(await login(insider, `wrong-${i}`))
      statuses.push(await login(insider, own.password, undefined, own.email))
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_RATE_LIMIT.limit)
    expect(await login(insider, `wrong-again`)).toBe(429)
    expect(await login(insider, own.password, undefined, own.email)).toBe(429)
  })
})
