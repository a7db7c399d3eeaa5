import { describe, expect, it } from 'vitest'

import {
  addDismissed,
  dismissalKey,
  dismissedCss,
  MAX_DISMISSED,
  parseDismissed,
  returnPath,
} from './dismissal'
import type { VisibleBanner } from './visibility'

const shown: VisibleBanner = {
  id: 1,
  severity: 'information',
  lang: 'en',
  title: 'The law has not changed',
  paragraphs: ['Only proposals.'],
  link: { label: 'Read more', href: '/en/proposed-changes-2026', lang: 'en' },
}

describe('dismissalKey: a new key whenever what the reader saw changes', () => {
  const base = dismissalKey(shown)
  it.each([
    ['same content', shown, true],
    ['title edited', { ...shown, title: 'The law has not changed yet' }, false],
    ['text edited', { ...shown, paragraphs: ['Only proposals, for now.'] }, false],
    ['link moved', { ...shown, link: { ...shown.link!, href: '/en/other' } }, false],
    ['severity raised', { ...shown, severity: 'warning' as const }, false],
    ['another language', { ...shown, lang: 'pl' as const }, false],
    ['another banner with the same text', { ...shown, id: 2 }, false],
  ])('%s', (_, banner, same) => {
    expect(dismissalKey(banner) === base).toBe(same)
  })

  it('is 16 lower-case hex characters', () => {
    expect(base).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe('the cookie value', () => {
  const a = 'aaaaaaaaaaaaaaaa'
  const b = 'bbbbbbbbbbbbbbbb'
  it.each([
    [undefined, []],
    ['', []],
    [a, [a]],
    [`${a}.${b}`, [a, b]],
    [`${a}.${a}`, [a]],
    [`${a}.<script>.${'c'.repeat(17)}.ABCDEFABCDEFABCD`, [a]],
  ])('parseDismissed(%j)', (cookie, expected) => {
    expect(parseDismissed(cookie)).toEqual(expected)
  })

  it('adds a key last, once', () => {
    expect(addDismissed(`${a}.${b}`, a)).toBe(`${b}.${a}`)
    expect(addDismissed(undefined, a)).toBe(a)
  })

  it(`keeps only the newest ${MAX_DISMISSED} keys`, () => {
    const keys = Array.from({ length: MAX_DISMISSED + 2 }, (_, i) =>
      i.toString(16).padStart(16, '0'),
    )
    const value = keys.reduce<string>((cookie, key) => addDismissed(cookie, key), '')
    expect(value.split('.')).toEqual(keys.slice(-MAX_DISMISSED))
  })

  it('makes a stylesheet hiding exactly the valid keys', () => {
    const css = dismissedCss([a, 'x"]{} body{display:none'])
    expect(css).toContain(`.app-alert-banner[data-dismiss-key="${a}"]`)
    expect(css).toContain('display: none')
    expect(css).not.toContain('body')
    expect(dismissedCss([])).not.toContain('display')
  })
})

describe('returnPath: back to the page, never elsewhere', () => {
  it.each([
    ['http://localhost:3100/pl/route-finder?about=x', '/pl/route-finder?about=x'],
    ['https://send.example.gov.uk/ur', '/ur'],
    ['https://evil.example/en/mediation', '/en/mediation'],
    ['http://localhost:3100/api/alert-banner/dismiss', '/pl'],
    ['http://localhost:3100//evil.example', '/pl'],
    ['http://localhost:3100/%5Cevil.example', '/pl'],
    ['http://localhost:3100/%2F/evil.example', '/pl'],
    ['http://localhost:3100/en/a//b', '/pl'],
    ['http://localhost:3100/pl/search?q=mediation&page=2', '/pl/search?q=mediation&page=2'],
    ['javascript:alert(1)', '/pl'],
    ['not a url', '/pl'],
    [null, '/pl'],
  ])('%s -> %s', (referer, expected) => {
    expect(returnPath(referer, '/pl')).toBe(expected)
  })
})
