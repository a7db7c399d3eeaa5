import { describe, expect, it, vi } from 'vitest'

const count = vi.fn(async () => ({ totalDocs: 0 }))
vi.mock('@/lib/payload', () => ({
  getPayloadClient: async () => ({ db: { defaultIDType: 'number' }, count }),
}))

const { guardPayloadRest } = await import('./payloadRoute')
const { MEDIA_AND_PAGES_CONFIG } = await import('./restFixtures')

const config = Promise.resolve(MEDIA_AND_PAGES_CONFIG)

const passed = async () => Response.json({ docs: [] })
const routes = guardPayloadRest(config, {
  GET: passed,
  POST: passed,
  DELETE: passed,
  PATCH: passed,
  PUT: passed,
  OPTIONS: passed,
})
const args = { params: Promise.resolve({}) }

describe('guardPayloadRest: refusals are JSON, never cached', () => {
  it.each([
    // [path, status, Payload's handler reached, file lookup made]
    ['/api/pages/abc', 404, false, false],
    ['/api/pages/%E0%A4%A', 404, false, false],
    ['/api/pages?limit=abc', 400, false, false],
    ['/api/media/file/%E0%A4%A.pdf', 404, false, false],
    ['/api/media/file/missing.pdf', 404, false, true],
    ['/api/pages/12', 200, true, false],
  ])('GET %s -> %s', async (path, status, reached, lookedUp) => {
    count.mockClear()
    const response = await routes.GET(new Request(`http://localhost${path}`), args)
    expect(response.status).toBe(status)
    expect(count).toHaveBeenCalledTimes(lookedUp ? 1 : 0)
    if (!reached) {
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(await response.json()).toEqual({ errors: [{ message: expect.any(String) }] })
    }
  })
})
