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

  it('a page counts as let in for its lifetime: then it costs a search again and frees its room', async () => {
    let time = 0
    const limiter = createRateLimiter({ limit: 5, windowMs: 60_000 })
    const admission = createSearchAdmission(limiter, 2, 1_000, () => time)
    const steps: [number, string, boolean][] = [
      [0, 'en/q-61', true],
      [500, 'en/q-62', true],
      [600, 'en/q-63', false], // no room: two pages within their lifetime
      [999, 'en/q-61', true], // still let in, free
      [1_000, 'en/q-63', true], // q-61 expired at 1,000: its room goes to q-63
      [1_499, 'en/q-64', false], // q-62 (500) and q-63 (1,000) fill the room
      [1_500, 'en/q-64', true], // q-62 expired
    ]
    for (const [at, page, expected] of steps) {
      time = at
      expect([at, page, await admission.admit(page, 'a')]).toEqual([at, page, expected])
    }
    // Four pages let in, each taking one search of five; the repeat and the refusals took none.
    expect(limiter.take('a').allowed).toBe(true)
    expect(limiter.take('a').allowed).toBe(false)
  })
})
