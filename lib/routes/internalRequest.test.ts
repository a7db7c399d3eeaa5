import { describe, expect, it } from 'vitest'

import { isInternalRequest } from './internalRequest'

describe('isInternalRequest', () => {
  it.each([
    // [header sent, process token, answered]
    ['secret-token', 'secret-token', true],
    ['other', 'secret-token', false],
    [null, 'secret-token', false],
    ['', 'secret-token', false],
    ['secret-tokeN', 'secret-token', false],
    ['secret-token-and-more', 'secret-token', false],
    ['secret', 'secret-token', false],
    // Equal in bytes' count, not in characters: compared as bytes, never throws.
    ['é', 'ab', false],
    ['ünïcödé', 'ünïcödé', true],
    // No token (a plain `next start` or `next dev`, without scripts/server.mjs): nobody.
    [null, undefined, false],
    ['', undefined, false],
    ['', '', false],
    ['anything', '', false],
  ])('%j with token %j -> %s', (sent, token, expected) => {
    expect(isInternalRequest(sent, token)).toBe(expected)
  })
})
