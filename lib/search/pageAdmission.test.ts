import { describe, expect, it } from 'vitest'

import { createRateLimiter } from '@/lib/rateLimit'

import { createSearchAdmission } from './pageAdmission'

/** Each step: [page, client, expected answer]; the limit is 2 searches per client, room 3 pages. */
type Step = [string, string, boolean]

describe('createSearchAdmission', () => {
  it.each<[string, Step[]]>([
    [
      'a new page costs one search; the same page again is free',
      [
        ['en/q-61', 'a', true],
        ['en/q-61', 'a', true],
        ['en/q-61', 'a', true],
        ['en/q-62', 'a', true],
        ['en/q-63', 'a', false], // the third new page within the window
        ['en/q-61', 'a', true],
      ],
    ],
    [
      'a page another client let in is free for everyone',
      [
        ['en/q-61', 'a', true],
        ['en/q-62', 'a', true],
        ['en/q-62', 'b', true],
        ['en/q-63', 'a', false],
        ['en/q-63', 'b', true],
        ['en/q-63', 'a', true],
      ],
    ],
    [
      'the same query in another language is another page',
      [
        ['en/q-61', 'a', true],
        ['pl/q-61', 'a', true],
        ['ur/q-61', 'a', false],
      ],
    ],
    [
      'once the room is full, new pages are refused, old ones still let in',
      [
        ['en/q-61', 'a', true],
        ['en/q-62', 'b', true],
        ['en/q-63', 'c', true],
        ['en/q-64', 'd', false],
        ['en/q-62', 'd', true],
      ],
    ],
  ])('%s', async (_, steps) => {
    const admission = createSearchAdmission(createRateLimiter({ limit: 2, windowMs: 60_000 }), 3)
    for (const [page, client, expected] of steps) {
      expect([page, client, await admission.admit(page, client)]).toEqual([page, client, expected])
    }
  })

  it('a refused page does not use up a search of the allowance', async () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 })
    const admission = createSearchAdmission(limiter, 1)
    expect(await admission.admit('en/q-61', 'a')).toBe(true)
    expect(await admission.admit('en/q-62', 'a')).toBe(false) // no room
    expect(limiter.take('a').allowed).toBe(true) // the second search is still there
    expect(limiter.take('a').allowed).toBe(false)
  })
})
