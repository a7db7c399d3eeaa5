import { describe, expect, it } from 'vitest'

import { requestIdFrom } from './requestId'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('requestIdFrom', () => {
  it.each([
    // [X-Request-Id sent, kept]
    ['a1b2c3d4-e5f6-4711-8899-aabbccddeeff', true],
    ['proxy-7f3a:req.42', true],
    ['short', false], // under 8 characters
    ['has spaces in it', false],
    ['<script>alert(1)</script>', false],
    ['x'.repeat(129), false],
    ['', false],
  ])('%j kept: %s', (sent, kept) => {
    const id = requestIdFrom(new Headers(sent ? { 'x-request-id': sent } : {}))
    if (kept) expect(id).toBe(sent)
    else expect(id).toMatch(UUID)
  })

  it('makes a new id for each request without one', () => {
    expect(requestIdFrom(new Headers())).not.toBe(requestIdFrom(new Headers()))
  })
})
