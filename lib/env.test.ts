import { describe, expect, it } from 'vitest'

import { databaseChoice, emailSettings, payloadSecret } from './env'

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

type Env = Record<string, string>

describe('emailSettings', () => {
  const base = { SMTP_HOST: 'smtp.council.example', EMAIL_FROM: 'send@council.example' }
  it.each<[string, Env, object]>([
    ['no SMTP_HOST: no e-mail', {}, { kind: 'none' }],
    ['a blank SMTP_HOST: no e-mail', { SMTP_HOST: '  ' }, { kind: 'none' }],
    ['STARTTLS on 587 by default', base, { port: 587, secure: false, auth: undefined }],
    ['TLS on 465 when SMTP_SECURE', { ...base, SMTP_SECURE: 'true' }, { port: 465, secure: true }],
    ['SMTP_SECURE=1', { ...base, SMTP_SECURE: '1' }, { secure: true }],
    ['SMTP_SECURE=false', { ...base, SMTP_SECURE: 'false' }, { secure: false }],
    ['an explicit port', { ...base, SMTP_PORT: '2525' }, { port: 2525 }],
    [
      'a login',
      { ...base, SMTP_USER: 'portal', SMTP_PASS: 's3cret' },
      { auth: { user: 'portal', pass: 's3cret' } },
    ],
    ['the default sender name', base, { fromName: 'SEND Local Offer' }],
    ['a sender name', { ...base, EMAIL_FROM_NAME: 'Anytown SEND' }, { fromName: 'Anytown SEND' }],
  ])('%s', (_case, env, expected) => {
    expect(emailSettings(env as NodeJS.ProcessEnv)).toMatchObject(expected)
  })

  it.each<[string, Env, RegExp]>([
    ['a port that is not a number', { ...base, SMTP_PORT: 'smtp' }, /SMTP_PORT/],
    ['a port out of range', { ...base, SMTP_PORT: '70000' }, /SMTP_PORT/],
    ['a user without a password', { ...base, SMTP_USER: 'portal' }, /SMTP_USER and SMTP_PASS/],
    ['a password without a user', { ...base, SMTP_PASS: 'x' }, /SMTP_USER and SMTP_PASS/],
    ['no sender address', { SMTP_HOST: 'smtp.council.example' }, /EMAIL_FROM/],
    ['a sender that is not an address', { ...base, EMAIL_FROM: 'SEND team' }, /EMAIL_FROM/],
  ])('refuses %s, naming the variable', (_case, env, message) => {
    expect(() => emailSettings(env as NodeJS.ProcessEnv)).toThrow(message)
  })

  it('never repeats the password in an error', () => {
    expect(() =>
      emailSettings({ ...base, SMTP_PASS: 'hunter2' } as Env as NodeJS.ProcessEnv),
    ).not.toThrow(/hunter2/)
  })
})
