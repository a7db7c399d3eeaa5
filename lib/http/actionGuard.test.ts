import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { ACTION_BODY_LIMIT_BYTES, refuseBadPost } from './actionGuard'

const ID = 'a'.repeat(42)
const URL_ = 'http://localhost:3000/en/resolving-a-disagreement/mediation'

function post(headers: Record<string, string>, body = '') {
  return new NextRequest(URL_, {
    method: 'POST',
    headers: { host: 'localhost:3000', ...headers },
    body,
  })
}

describe('refuseBadPost: posts Next would answer 500 get a 4xx first', () => {
  it.each<[string, Record<string, string>, string, number | null]>([
    // [why, headers, body, status or null = passed on]
    [
      'a browser form post (no JavaScript)',
      { 'content-type': 'multipart/form-data; boundary=x', origin: 'http://localhost:3000' },
      '--x--',
      null,
    ],
    [
      'a browser fetch action (multipart)',
      {
        'next-action': ID,
        'content-type': 'multipart/form-data; boundary=x',
        origin: 'http://localhost:3000',
      },
      '--x--',
      null,
    ],
    ['plain JSON arguments', { 'next-action': ID, 'content-type': 'text/plain' }, '[{},"x"]', null],
    [
      'escaped dollar and special values',
      { 'next-action': ID },
      '["$$5","$undefined","$NaN","$D2025-01-01"]',
      null,
    ],
    ['over 1 MB', { 'content-length': String(ACTION_BODY_LIMIT_BYTES + 1) }, '', 413],
    ['length not a number', { 'content-length': 'abc' }, '', 413],
    ['another site', { origin: 'https://evil.example' }, '', 403],
    [
      'forwarded host matches the origin',
      { origin: 'https://portal.example', 'x-forwarded-host': 'portal.example' },
      '',
      null,
    ],
    ['malformed origin', { origin: 'http://[' }, '', 400],
    ['empty action id', { 'next-action': '' }, '[]', 400],
    ['markup as action id', { 'next-action': '"><x>' }, '[]', 400],
    ['not JSON', { 'next-action': ID }, 'not json at all', 400],
    ['JSON but not a list', { 'next-action': ID }, '{"a":1}', 400],
    ['a reference to form data that is not there', { 'next-action': ID }, '["$K1","$K1"]', 400],
    ['a promise reference', { 'next-action': ID }, '[{"a":"$@1"}]', 400],
  ])('%s', async (_why, headers, body, status) => {
    const response = await refuseBadPost(post(headers, body))
    if (status === null) expect(response).toBeNull()
    else {
      expect(response?.status).toBe(status)
      expect(response?.headers.get('cache-control')).toBe('no-store')
    }
  })

  it('leaves GET requests alone', async () => {
    expect(
      await refuseBadPost(new NextRequest(URL_, { headers: { 'next-action': '' } })),
    ).toBeNull()
  })
})
