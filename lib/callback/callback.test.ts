import { describe, expect, it } from 'vitest'

import { formatUkPhone, normaliseUkPhone } from './phone'
import { createRateLimiter } from '@/lib/rateLimit'
import { retentionCutoff } from './retention'
import { idempotencyKeyFor } from './store'
import { emptyCallbackValues, validateCallback, type CallbackValues } from './validate'

describe('normaliseUkPhone', () => {
  it.each([
    ['07700 900982', '07700900982'],
    ['07700-900-982', '07700900982'],
    ['+44 7700 900982', '07700900982'],
    ['+44 (0)7700 900982', '07700900982'],
    ['0044 7700 900982', '07700900982'],
    ['(0151) 496 0000', '01514960000'],
    ['020 7946 0000', '02079460000'],
    ['016977 4321', '0169774321'], // one of the 10-digit geographic areas
    ['0300 123 4567', '03001234567'],
    ['0800 123 456', '0800123456'],
    ['0808 157 0000', '08081570000'],
    ['0560 123 4567', '05601234567'],
    ['0151.496.0000', '01514960000'],
  ])('accepts %s as %s', (input, expected) => {
    expect(normaliseUkPhone(input)).toBe(expected)
  })

  it.each([
    ['', 'empty'],
    ['0770090098', 'a mobile one digit short'],
    ['077009009821', 'a mobile one digit long'],
    ['0909 879 0000', 'premium rate'],
    ['0044 0044 7700', 'nonsense'],
    ['+33 1 23 45 67 89', 'a French number'],
    ['001 202 555 0100', 'a US number'],
    ['7700 900982', 'no leading zero'],
    ['07700 900982 ext 4', 'letters'],
    ['07700+900982', 'a plus in the middle'],
    ['0400 000 000', 'an unused range'],
  ])('refuses %j (%s)', (input) => {
    expect(normaliseUkPhone(input)).toBeNull()
  })

  it.each([
    ['07700900982', '07700 900982'],
    ['02079460000', '020 7946 0000'],
    ['03001234567', '0300 123 4567'],
    ['08081570000', '0808 157 0000'],
    ['01514960000', '01514 960000'],
    ['0800123456', '0800123456'],
  ])('formats %s as %s for staff', (national, shown) => {
    expect(formatUkPhone(national)).toBe(shown)
  })
})

const good: CallbackValues = {
  name: '  Sam   Jones ',
  phone: '07700 900982',
  preferredTime: 'morning',
  topic: 'mediation',
  message: ' About the certificate ',
  consent: 'yes',
}

describe('validateCallback', () => {
  it('accepts a complete request and tidies it', () => {
    expect(validateCallback(good)).toEqual({
      ok: true,
      data: {
        name: 'Sam Jones',
        phone: '07700900982',
        preferredTime: 'morning',
        topic: 'mediation',
        message: 'About the certificate',
        consent: true,
      },
    })
  })

  it.each<[Partial<CallbackValues>, Record<string, string>]>([
    [{ name: '   ' }, { name: 'nameRequired' }],
    [{ name: 'x'.repeat(101) }, { name: 'nameTooLong' }],
    [{ name: 'x'.repeat(100) }, {}],
    [{ phone: '' }, { phone: 'phoneRequired' }],
    [{ phone: '12345' }, { phone: 'phoneInvalid' }],
    [{ preferredTime: '' }, { preferredTime: 'preferredTimeRequired' }],
    [{ preferredTime: 'midnight' }, { preferredTime: 'preferredTimeRequired' }],
    [{ topic: 'holidays' }, { topic: 'topicRequired' }],
    [{ message: '' }, {}],
    [{ message: 'x'.repeat(500) }, {}],
    [{ message: 'x'.repeat(501) }, { message: 'messageTooLong' }],
    [{ consent: '' }, { consent: 'consentRequired' }],
    [{ consent: 'on' }, { consent: 'consentRequired' }],
  ])('%j gives %j', (change, errors) => {
    const result = validateCallback({ ...good, ...change })
    if (Object.keys(errors).length === 0) expect(result.ok).toBe(true)
    else expect(result).toEqual({ ok: false, errors })
  })

  // Control and bidirectional characters are stripped before the rules run (lib/plainText.ts).
  it.each<[Partial<CallbackValues>, { name?: string; message?: string; error?: string }]>([
    [{ name: 'Sam\u202eJones' }, { name: 'SamJones' }],
    [{ name: '\u2066Sam Jones\u2069' }, { name: 'Sam Jones' }],
    [{ name: 'Sam\u0000 \u001b[2JJones' }, { name: 'Sam [2JJones' }],
    [{ name: '\u200f\u202e\u0007' }, { error: 'nameRequired' }],
    [{ name: 'Sam\nJones' }, { name: 'Sam Jones' }],
    [{ name: 'عائشہ\u200cخان' }, { name: 'عائشہ\u200cخان' }],
    [{ message: 'Line one\nLine\u202e two\u0000' }, { message: 'Line one\nLine two' }],
    [{ message: '\u202e'.repeat(600) + 'ok' }, { message: 'ok' }],
  ])('strips invisible characters: %j', (change, expected) => {
    const result = validateCallback({ ...good, ...change })
    if (expected.error) {
      expect(result).toEqual({ ok: false, errors: { name: expected.error } })
      return
    }
    expect(result.ok).toBe(true)
    if (!result.ok) return
    if (expected.name !== undefined) expect(result.data.name).toBe(expected.name)
    if (expected.message !== undefined) expect(result.data.message).toBe(expected.message)
  })

  it('reports every problem of an empty form at once', () => {
    const result = validateCallback(emptyCallbackValues)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(Object.keys(result.errors).sort()).toEqual(
        ['consent', 'name', 'phone', 'preferredTime', 'topic'].sort(),
      )
    }
  })
})

describe('createRateLimiter', () => {
  it('allows 5 requests in 10 minutes per client, then refuses until the window moves on', () => {
    let now = 0
    const limiter = createRateLimiter({ limit: 5, windowMs: 600_000 }, () => now)
    const results = Array.from({ length: 6 }, () => limiter.take('a').allowed)
    expect(results).toEqual([true, true, true, true, true, false])
    expect(limiter.take('b').allowed).toBe(true)
    now = 599_999
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 1 })
    now = 600_000
    expect(limiter.take('a').allowed).toBe(true)
  })

  it('forgets clients whose attempts have all expired', () => {
    let now = 0
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 }, () => now)
    expect(limiter.take('a').allowed).toBe(true)
    now = 5000
    expect(limiter.take('a').allowed).toBe(true)
    expect(limiter.take('a').allowed).toBe(false)
  })
})

describe('idempotencyKeyFor', () => {
  const request = {
    ...good,
    name: 'Sam Jones',
    preferredTime: 'morning',
    topic: 'mediation',
    consent: true,
    locale: 'en',
    providerId: 3,
  } as const
  it('uses the browser token when there is one', () => {
    const token = '0f8fad5b-d9cb-469f-a165-70867728950e'
    expect(idempotencyKeyFor(token.toUpperCase(), request, '2026-11-25')).toBe(`token:${token}`)
  })

  it('without a token, the same answers on the same day make the same key', () => {
    const key = idempotencyKeyFor('', request, '2026-11-25')
    expect(idempotencyKeyFor('not-a-uuid', request, '2026-11-25')).toBe(key)
    expect(idempotencyKeyFor('', { ...request, topic: 'other' }, '2026-11-25')).not.toBe(key)
    expect(idempotencyKeyFor('', request, '2026-11-26')).not.toBe(key)
    expect(idempotencyKeyFor('', { ...request, providerId: 4 }, '2026-11-25')).not.toBe(key)
  })
})

describe('retentionCutoff', () => {
  it.each([
    ['2026-11-25T03:00:00.000Z', 90, '2026-08-27T03:00:00.000Z'],
    ['2026-03-01T00:00:00.000Z', 1, '2026-02-28T00:00:00.000Z'],
    ['2026-11-25T03:00:00.000Z', 365, '2025-11-25T03:00:00.000Z'],
  ])('from %s keeping %i days deletes before %s', (now, days, cutoff) => {
    expect(retentionCutoff(new Date(now), days).toISOString()).toBe(cutoff)
  })
})
