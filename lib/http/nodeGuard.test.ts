import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { installNodeGuard, isDecodablePath } from './nodeGuard'
import { STATUS_OVERRIDE_HEADER } from './statusOverride'

describe('isDecodablePath', () => {
  it.each([
    ['/en', true],
    ['/en/providers?q=%E0%A4%A', true],
    ['/ur/resolving-a-disagreement/mediation', true],
    ['/api/media/file/My%20File.pdf', true],
    ['/en/%D8%A7', true],
    ['/en/%E0%A4%A', false],
    ['/%C0%AF', false],
    ['/en/%', false],
    ['/en/%25', false],
    ['/en/providers/%25C0%25AF', false],
    ['/api/users/%%', false],
  ])('%s -> %s', (url, expected) => {
    expect(isDecodablePath(url)).toBe(expected)
  })
})

describe('installNodeGuard: answers before the app sees the request', () => {
  let server: http.Server
  let port = 0
  beforeAll(async () => {
    installNodeGuard()
    installNodeGuard() // twice is harmless
    server = http.createServer((req, res) => {
      res.setHeader('Link', '<http://x/en>; rel="alternate"; hreflang="en"')
      // What proxy.ts's rewrite to the 404 page leaves on the response (statusOverride.ts).
      if (req.url?.startsWith('/rewritten')) res.setHeader(STATUS_OVERRIDE_HEADER, '404')
      if (req.url === '/rewritten-implicit') {
        res.setHeader('Cache-Control', 's-maxage=31536000')
        res.end('app') // no writeHead: Node writes the head itself
        return
      }
      const status = req.url === '/missing' ? 404 : req.url === '/rewritten-error' ? 500 : 200
      const headers: http.OutgoingHttpHeaders = { 'Content-Type': 'text/plain' }
      if (req.url === '/rewritten-in-head') headers[STATUS_OVERRIDE_HEADER] = '410'
      res.writeHead(status, headers)
      res.end('app')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const send = (method: string, path: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
      (resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, method, path }, (res) => {
          let body = ''
          res.on('data', (chunk) => (body += chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
        })
        req.on('error', reject)
        req.end()
      },
    )

  it.each([
    // [method, path, status, body starts with, has Link]
    ['GET', '/en', 200, 'app', true],
    ['POST', '/en', 200, 'app', true],
    ['GET', '/missing', 404, 'app', false],
    ['TRACE', '/en', 405, '{"error"', false],
    ['GET', '/en/%E0%A4%A', 400, '{"error"', false],
    ['GET', '/ur/%25', 400, '{"error"', false],
    ['HEAD', '/%C0%AF', 400, '', false],
    ['GET', '/rewritten', 404, 'app', false],
    ['HEAD', '/rewritten', 404, '', false],
    ['GET', '/rewritten-implicit', 404, 'app', false],
    ['GET', '/rewritten-in-head', 410, 'app', false],
    ['GET', '/rewritten-error', 500, 'app', false],
  ])('%s %s -> %i', async (method, path, status, body, hasLink) => {
    const response = await send(method, path)
    expect(response.status).toBe(status)
    expect(response.body.startsWith(body)).toBe(true)
    expect('link' in response.headers).toBe(hasLink)
    expect(STATUS_OVERRIDE_HEADER in response.headers).toBe(false)
    if (status === 405) expect(response.headers.allow).toBe('GET, HEAD, POST, OPTIONS')
    if (path.startsWith('/rewritten') && status !== 500) {
      expect(response.headers['cache-control']).toMatch(/no-store/)
    }
  })
})
