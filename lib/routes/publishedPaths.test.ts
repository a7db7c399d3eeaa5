import { afterEach, describe, expect, it, vi } from 'vitest'

import {
  parsePublishedPaths,
  PUBLISHED_PATHS_TTL_MS,
  publishedPaths,
  resetPublishedPaths,
} from './publishedPaths'

const ok = (body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status: 200 }))
const BODY = {
  pages: ['a', 'a/b'],
  providers: ['p'],
  councils: ['E08000014'],
  redirects: { '/en/old': { to: '/en/a', permanent: true } },
}

afterEach(() => resetPublishedPaths())

describe('parsePublishedPaths', () => {
  it.each([
    [BODY, true],
    [{ pages: [], providers: [] }, true],
    [{ pages: ['a'] }, false],
    [{ pages: [1], providers: [] }, false],
    [{ pages: [], providers: [], redirects: { '/en/x': { to: 1 } } }, false],
    [{ pages: [], providers: [], redirects: null }, false],
    [{ pages: [], providers: [], councils: 'E08000014' }, false],
    [{ pages: [], providers: [], councils: [8000014] }, false],
    [null, false],
    ['x', false],
  ])('%j -> valid %s', (body, valid) => {
    if (valid) expect(parsePublishedPaths(body).pages.size).toBe((body as typeof BODY).pages.length)
    else expect(() => parsePublishedPaths(body)).toThrow(TypeError)
  })
})

describe('publishedPaths', () => {
  it('is null without an internal origin, and asks nothing', async () => {
    const fetcher = vi.fn()
    expect(await publishedPaths(undefined, fetcher)).toBeNull()
    expect(fetcher).not.toHaveBeenCalled()
  })

  it('asks once for requests that arrive together, then keeps the answer for the TTL', async () => {
    const fetcher = vi.fn((_url: string, _init: RequestInit) => ok(BODY))
    const [a, b] = await Promise.all([
      publishedPaths('http://x', fetcher, 1000),
      publishedPaths('http://x', fetcher, 1000),
    ])
    expect(fetcher).toHaveBeenCalledTimes(1)
    expect(fetcher.mock.calls[0][0]).toBe('http://x/api/published-paths')
    expect(a?.pages.has('a/b')).toBe(true)
    expect(a?.redirects.get('/en/old')).toEqual({ to: '/en/a', permanent: true })
    expect(a?.councils.has('E08000014')).toBe(true)
    expect(b).toBe(a)
    await publishedPaths('http://x', fetcher, 1000 + PUBLISHED_PATHS_TTL_MS - 1)
    expect(fetcher).toHaveBeenCalledTimes(1)
    await publishedPaths('http://x', fetcher, 1000 + PUBLISHED_PATHS_TTL_MS)
    expect(fetcher).toHaveBeenCalledTimes(2)
  })

  it.each([
    ['an error status', () => Promise.resolve(new Response('no', { status: 500 }))],
    ['a network failure', () => Promise.reject(new Error('ECONNREFUSED'))],
    ['a body of the wrong shape', () => ok({ pages: 'a' })],
  ])('is null after %s, and asks again next time', async (_, failing) => {
    const fetcher = vi.fn(failing)
    expect(await publishedPaths('http://x', fetcher, 1)).toBeNull()
    expect(await publishedPaths('http://x', fetcher, 2)).toBeNull()
    expect(fetcher).toHaveBeenCalledTimes(2)
  })
})
