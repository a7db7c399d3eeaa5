import { describe, expect, it } from 'vitest'

import { apiJson, corsPreflight } from './http'

describe('open API headers', () => {
  it('answers a CORS preflight with 204 and what another site may do', async () => {
    const response = corsPreflight()
    expect(response.status).toBe(204)
    expect(await response.text()).toBe('')
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, OPTIONS',
      'access-control-allow-headers': 'Content-Type, Accept, Accept-Language',
      'access-control-max-age': '86400',
    })
  })

  it.each([
    [200, 'pl'],
    [400, 'ur'],
    [404, undefined],
  ])('every %i answer is readable from another site (lang %s)', (status, lang) => {
    const response = apiJson(status, { ok: true }, lang)
    expect(response.status).toBe(status)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('content-language')).toBe(lang ?? null)
  })
})
