import { describe, expect, it } from 'vitest'

import { createRateLimiter } from './rateLimit'

describe('createRateLimiter release', () => {
  it.each([
    // [case, steps (fail: a counted attempt; begin/end: a login counted, then found good), allowed next]
    ['three failures reach the limit', ['fail', 'fail', 'fail'], false],
    ['a good login does not count', ['fail', 'fail', 'begin', 'end'], true],
    [
      'a good login forgets itself, not a failure made while it was checked',
      ['fail', 'begin', 'fail', 'end', 'fail'],
      false,
    ],
    [
      'releasing the same attempt twice forgets it once',
      ['fail', 'fail', 'begin', 'end', 'end', 'fail'],
      false,
    ],
  ] as const)('%s', (_case, steps, expected) => {
    let now = 0
    const limiter = createRateLimiter({ limit: 3, windowMs: 1000 }, () => now)
    let pending: ReturnType<typeof limiter.take>['attempt']
    for (const step of steps) {
      now += 10
      if (step === 'fail') limiter.take('a')
      if (step === 'begin') pending = limiter.take('a').attempt
      if (step === 'end') limiter.release('a', pending!)
    }
    expect(limiter.take('a').allowed).toBe(expected)
  })

  it('keeps the time of the failure, not of the released success, so the wait is right', () => {
    let now = 0
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000 }, () => now)
    const success = limiter.take('a').attempt! // t=0, password check still running
    now = 400
    limiter.take('a') // a wrong guess at t=400
    limiter.release('a', success) // the good login finishes
    now = 500
    limiter.take('a') // another wrong guess
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 900 })
  })

  it('ignores an attempt of another client', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 }, () => 0)
    const other = limiter.take('b').attempt!
    limiter.take('a')
    limiter.release('a', other)
    expect(limiter.take('a').allowed).toBe(false)
  })
})
