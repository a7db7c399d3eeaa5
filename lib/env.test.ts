import { describe, expect, it } from 'vitest'

import { databaseChoice, payloadSecret } from './env'

describe('databaseChoice', () => {
  it.each([
    [undefined, 'sqlite', true],
    ['', 'sqlite', true],
    ['file:/srv/portal.db', 'sqlite', false],
    ['mongodb://db.internal:27017/portal', 'mongodb', undefined],
    ['mongodb+srv://cluster.example.net/portal', 'mongodb', undefined],
  ])('%j -> %s', (uri, kind, isDefault) => {
    const choice = databaseChoice(uri)
    expect(choice.kind).toBe(kind)
    if (choice.kind === 'sqlite') expect(choice.isDefault).toBe(isDefault)
  })

  it('keeps `next dev` away from the migrated production file', () => {
    const env = process.env as Record<string, string | undefined>
    const before = env.NODE_ENV
    env.NODE_ENV = 'development'
    expect(databaseChoice(undefined).url).toMatch(/portal-dev\.db$/)
    env.NODE_ENV = 'production'
    expect(databaseChoice(undefined).url).toMatch(/portal\.db$/)
    env.NODE_ENV = before
  })

  it('rejects an address it cannot use, naming only its scheme', () => {
    expect(() => databaseChoice('postgres://user:hunter2@db/portal')).toThrow(/postgres:/)
    expect(() => databaseChoice('postgres://user:hunter2@db/portal')).not.toThrow(/hunter2/)
  })
})

describe('payloadSecret', () => {
  it('uses PAYLOAD_SECRET when given', () => {
    expect(payloadSecret({ PAYLOAD_SECRET: 'given', NODE_ENV: 'production' })).toBe('given')
  })

  it('stops production on a real database without a secret, with a clear message', () => {
    expect(() =>
      payloadSecret({ NODE_ENV: 'production', DATABASE_URI: 'mongodb://db/portal' }),
    ).toThrow(/PAYLOAD_SECRET is not set/)
  })

  it('generates one secret for the embedded default and keeps it', () => {
    const first = payloadSecret({ NODE_ENV: 'production' })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(payloadSecret({ NODE_ENV: 'production' })).toBe(first)
  })
})
