import { describe, expect, it, vi } from 'vitest'

import pl from '@/messages/pl.json'

import { DISMISSED_COOKIE } from './dismissal'
import { dismissBanner, dismissedStylesheet } from './handlers'

const KEY = '0123456789abcdef'
const OLD = 'fedcba9876543210'

function post(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return new Request('http://localhost:3100/api/alert-banner/dismiss', {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  })
}

describe('POST /api/alert-banner/dismiss', () => {
  it('remembers the key in a first-party cookie and sends the reader back', async () => {
    const res = await dismissBanner(
      post(
        { key: KEY, locale: 'pl' },
        { referer: 'http://localhost:3100/pl/mediation', cookie: `${DISMISSED_COOKIE}=${OLD}` },
      ),
    )
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/pl/mediation')
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toContain(`${DISMISSED_COOKIE}=${OLD}.${KEY}`)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    expect(cookie).not.toMatch(/Secure/)
  })

  it.each([
    // [case, NEXT_PUBLIC_SERVER_URL, request headers, Secure]
    ['site on https', 'https://send.example.gov.uk', {}, true],
    [
      'site on https, proxy says http',
      'https://send.example.gov.uk',
      { 'x-forwarded-proto': 'http' },
      true,
    ],
    [
      'site on http, client claims https',
      'http://localhost:3100',
      { 'x-forwarded-proto': 'https' },
      false,
    ],
    ['no server URL configured (local default http)', '', { 'x-forwarded-proto': 'https' }, false],
  ])('Secure follows the configured site URL: %s', async (_case, url, headers, secure) => {
    vi.stubEnv('NEXT_PUBLIC_SERVER_URL', url)
    try {
      const res = await dismissBanner(post({ key: KEY, locale: 'ur' }, headers))
      expect(res.headers.get('location')).toBe('/ur')
      expect(/;\s*Secure/.test(res.headers.get('set-cookie') ?? '')).toBe(secure)
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it.each([
    ['a malformed key', { key: 'nope', locale: 'pl' }, {}, 400],
    ['no key at all', { locale: 'pl' }, {}, 400],
    [
      'a post from another site',
      { key: KEY, locale: 'pl' },
      { 'sec-fetch-site': 'cross-site' },
      403,
    ],
  ])('refuses %s in the reader language', async (_, fields, headers, status) => {
    const res = await dismissBanner(post(fields, headers))
    expect(res.status).toBe(status)
    expect(res.headers.get('set-cookie')).toBeNull()
    expect(await res.text()).toContain(pl.AlertBanner.hideFailed)
  })
})

describe('GET /api/alert-banner/dismissed.css', () => {
  it.each([
    ['no cookie', undefined, []],
    ['two dismissed banners', `${OLD}.${KEY}`, [OLD, KEY]],
    ['a tampered cookie', 'x"]{}*{display:none}', []],
  ])('%s', async (_, cookie, hidden) => {
    const res = dismissedStylesheet(
      new Request('http://localhost:3100/api/alert-banner/dismissed.css', {
        headers: cookie ? { cookie: `other=1; ${DISMISSED_COOKIE}=${cookie}` } : {},
      }),
    )
    expect(res.headers.get('content-type')).toMatch(/^text\/css/)
    expect(res.headers.get('cache-control')).toContain('no-store')
    const css = await res.text()
    expect(css.match(/data-dismiss-key="([0-9a-f]{16})"/g)?.length ?? 0).toBe(hidden.length)
    for (const key of hidden) expect(css).toContain(key)
  })
})
