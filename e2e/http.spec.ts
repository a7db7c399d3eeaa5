import { expect, test, type Page } from '@playwright/test'

import { staffToken } from './helpers/staff'

/**
 * HTTP behaviour a browser, a crawler or another council's app relies on: CORS preflight on the
 * open APIs, language negotiation by q-value, hreflang alternates that agree between the
 * `Link` header and the page's <head>, HEAD on uploaded files, and 4xx for malformed requests.
 */

test.describe('CORS preflight on the open APIs', () => {
  const PATHS = [
    '/openreferral',
    '/openreferral/services',
    '/openreferral/services/7eaa302a-aa33-4b83-846d-dda21443bdd1',
    '/openreferral/service_at_locations',
    '/openreferral/taxonomies',
    '/openreferral/taxonomy_terms',
    '/api/deadlines',
    '/api/deadlines/ics',
    '/api/route-finder',
  ]
  for (const path of PATHS) {
    test(`OPTIONS ${path}`, async ({ request }) => {
      const response = await request.fetch(path, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://another-council.example',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'content-type',
        },
      })
      expect(response.status()).toBe(204)
      const headers = response.headers()
      expect(headers['access-control-allow-origin']).toBe('*')
      expect(headers['access-control-allow-methods']).toBe('GET, OPTIONS')
      expect(headers['access-control-allow-headers']).toMatch(/Content-Type/)
      expect(headers['access-control-allow-headers']).toMatch(/Accept/)
      // And the GET itself is readable from another site.
      const get = await request.get(path, {
        headers: { Origin: 'https://another-council.example' },
      })
      expect(get.headers()['access-control-allow-origin']).toBe('*')
    })
  }
})

test.describe('language of an address without one', () => {
  const CASES: [string, string][] = [
    ['en-GB,pl;q=0.8', '/en'],
    ['pl;q=0.8,en-GB', '/en'],
    ['pl-PL,pl;q=0.9,en;q=0.8', '/pl'],
    ['ur-PK,en;q=0.5', '/ur'],
    ['de-DE,pl;q=0.7,en;q=0.3', '/pl'],
    ['en;q=0,pl', '/pl'],
    ['fr', '/en'],
  ]
  for (const [header, expected] of CASES) {
    test(`Accept-Language: ${header} -> ${expected}`, async ({ request }) => {
      const response = await request.get('/', {
        headers: { 'Accept-Language': header },
        maxRedirects: 0,
      })
      expect(response.status()).toBeGreaterThanOrEqual(300)
      expect(response.status()).toBeLessThan(400)
      expect(new URL(response.headers()['location']!, 'http://x').pathname).toBe(expected)
    })
  }
})

/** hreflang -> URL, from a `Link` header value. */
function linkAlternates(header: string | undefined): Record<string, string> {
  const result: Record<string, string> = {}
  for (const match of (header ?? '').matchAll(
    /<([^>]+)>;\s*rel="alternate";\s*hreflang="([^"]+)"/g,
  )) {
    result[match[2]!] = match[1]!
  }
  return result
}

async function headAlternates(page: Page): Promise<Record<string, string>> {
  return page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])),
    )
}

test.describe('hreflang alternates', () => {
  const PAGES = [
    '/en',
    '/pl/providers',
    '/ur/resolving-a-disagreement/mediation',
    '/en/deadline-calculator?decision-day=1',
    '/pl/route-finder',
  ]
  for (const path of PAGES) {
    test(`the Link header and the <head> agree on ${path}`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(200)
      const fromHeader = linkAlternates(response?.headers()['link'])
      const fromHead = await headAlternates(page)
      expect(Object.keys(fromHeader).sort()).toEqual(['en', 'pl', 'ur', 'x-default'])
      expect(fromHeader).toEqual(fromHead)
      expect(fromHeader['x-default']).toBe(fromHeader['en'])
      for (const url of Object.values(fromHeader)) expect(url).not.toContain('?')
    })
  }

  for (const path of ['/en/no-such-page', '/ur/resolving-a-disagreement/no-such-guide']) {
    test(`a 404 carries no alternates: ${path}`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      expect(response?.headers()['link']).toBeUndefined()
      expect(await headAlternates(page)).toEqual({})
    })
  }
})

test('HEAD on an uploaded file answers like GET, without the body', async ({ request }) => {
  const token = await staffToken(request)
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  )
  const upload = await request.post('/api/media', {
    headers: { Authorization: `JWT ${token}` },
    multipart: {
      file: { name: `dot-${Date.now()}.png`, mimeType: 'image/png', buffer: png },
      _payload: JSON.stringify({ alt: 'A single dot' }),
    },
  })
  expect(upload.ok(), await upload.text()).toBe(true)
  const { doc } = await upload.json()
  const url = `/api/media/file/${encodeURIComponent(doc.filename)}`

  const get = await request.get(url)
  const head = await request.head(url)
  expect(get.status()).toBe(200)
  expect(head.status()).toBe(200)
  expect((await get.body()).equals(png)).toBe(true)
  for (const name of ['content-type', 'content-length', 'accept-ranges', 'cache-control']) {
    expect(head.headers()[name], name).toBe(get.headers()[name])
  }
  expect(head.headers()['content-type']).toBe('image/png')
  expect((await head.body()).length).toBe(0)

  // A file nobody uploaded is 404 both ways (Payload itself answered 500).
  expect((await request.get('/api/media/file/no-such-file.png')).status()).toBe(404)
  expect((await request.head('/api/media/file/no-such-file.png')).status()).toBe(404)
})

test.describe('malformed requests get 4xx, never 5xx', () => {
  const CASES: [string, string, number][] = [
    ['GET', '/en/%E0%A4%A', 400],
    ['GET', '/ur/%25', 400],
    ['TRACE', '/en', 405],
    ['GET', '/api/pages/abc', 404],
    ['GET', '/api/pages?where[foo][bar]=1', 400],
    ['GET', '/api/pages?where=1', 400],
    ['GET', '/api/providers?where[updatedAt][contains]=999', 400],
    ['GET', '/api/media?limit=1&limit=2', 400],
  ]
  for (const [method, path, status] of CASES) {
    test(`${method} ${path} -> ${status}`, async ({ request }) => {
      const response = await request.fetch(path, { method })
      expect(response.status()).toBe(status)
      expect(response.headers()['content-type']).toMatch(/json/)
      expect(await response.text()).not.toMatch(/\n\s+at |node_modules/)
    })
  }

  for (const path of ['//evil.example', '/\\evil.example', 'https://evil.example', '/%2F/evil']) {
    test(`exit-preview stays on the site for ${path}`, async ({ request }) => {
      const response = await request.get(`/api/exit-preview?path=${encodeURIComponent(path)}`, {
        maxRedirects: 0,
      })
      expect(response.status()).toBeGreaterThanOrEqual(300)
      const location = new URL(response.headers()['location']!, response.url())
      expect(location.origin).toBe(new URL(response.url()).origin)
      expect(location.pathname).toBe('/')
    })
  }

  test('a server action body over 1 MB is refused with 413', async ({ request }) => {
    const response = await request.post('/en/resolving-a-disagreement/mediation', {
      headers: { 'next-action': 'a'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
      data: `["${'x'.repeat(1024 * 1024)}"]`,
    })
    expect(response.status()).toBe(413)
  })
})
