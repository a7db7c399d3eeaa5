import { describe, expect, it } from 'vitest'

import { buildRedirectMap, findLoop, normalizeRedirectPath, type RedirectRow } from './resolve'

const toPage = (from: string, id: number, type = '301'): RedirectRow => ({
  from,
  to: { type: 'reference', reference: { relationTo: 'pages', value: id } },
  type,
})
const toUrl = (from: string, url: string, type = '301'): RedirectRow => ({
  from,
  to: { type: 'custom', url },
  type,
})
// Page 1 lives at guides/c, page 2 at guides; page 3 is not published (absent).
const pages = new Map([
  ['1', 'guides/c'],
  ['2', 'guides'],
])

describe('normalizeRedirectPath', () => {
  it.each([
    ['/en/a/', '/en/a'],
    ['/en/a?x=1#top', '/en/a'],
    ['  /pl/b  ', '/pl/b'],
    ['/', '/'],
    ['https://example.org/x', 'https://example.org/x'],
    ['//evil.example', null],
    ['en/a', null],
    ['/a b', null],
    ['/a\\b', null],
    ['', null],
    [null, null],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeRedirectPath(input)).toBe(expected)
  })
})

describe('buildRedirectMap', () => {
  it.each<[string, RedirectRow[], string, { to: string; permanent: boolean } | undefined]>([
    [
      'a page reference follows the page',
      [toPage('/en/guides/b', 1)],
      '/en/guides/b',
      { to: '/en/guides/c', permanent: true },
    ],
    [
      'the locale of the old path is kept',
      [toPage('/ur/guides/b', 1)],
      '/ur/guides/b',
      { to: '/ur/guides/c', permanent: true },
    ],
    [
      'a path without locale goes to English',
      [toPage('/old', 1)],
      '/old',
      { to: '/en/guides/c', permanent: true },
    ],
    [
      'A->B then B->C collapses to A->C',
      [toUrl('/en/a', '/en/b'), toUrl('/en/b', '/en/guides/c')],
      '/en/a',
      { to: '/en/guides/c', permanent: true },
    ],
    [
      'a chain through a page reference collapses',
      [toUrl('/en/a', '/en/b'), toPage('/en/b', 1)],
      '/en/a',
      { to: '/en/guides/c', permanent: true },
    ],
    [
      'a temporary hop makes the whole chain temporary',
      [toUrl('/en/a', '/en/b', '302'), toPage('/en/b', 1)],
      '/en/a',
      { to: '/en/guides/c', permanent: false },
    ],
    [
      'a chain stops at a live page',
      [toUrl('/en/a', '/en/guides'), toUrl('/en/guides', '/en/x')],
      '/en/a',
      { to: '/en/guides', permanent: true },
    ],
    ['a loop is dropped', [toUrl('/en/a', '/en/b'), toUrl('/en/b', '/en/a')], '/en/a', undefined],
    ['a redirect to itself is dropped', [toUrl('/en/a', '/en/a')], '/en/a', undefined],
    ['an unpublished page target is dropped', [toPage('/en/a', 3)], '/en/a', undefined],
    [
      'an external target is kept',
      [toUrl('/en/a', 'https://www.gov.uk/x')],
      '/en/a',
      { to: 'https://www.gov.uk/x', permanent: true },
    ],
    [
      'trailing slashes match',
      [toUrl('/en/a/', '/en/guides/')],
      '/en/a',
      { to: '/en/guides', permanent: true },
    ],
  ])('%s', (_, rows, from, expected) => {
    expect(buildRedirectMap(rows, pages).get(from)).toEqual(expected)
  })
})

describe('findLoop', () => {
  it.each<[string, RedirectRow, RedirectRow[], string | null]>([
    ['no loop', toUrl('/en/a', '/en/b'), [], null],
    ['to itself', toUrl('/en/a', '/en/a'), [], '/en/a -> /en/a'],
    [
      'back through another',
      toUrl('/en/a', '/en/b'),
      [toUrl('/en/b', '/en/a')],
      '/en/a -> /en/b -> /en/a',
    ],
    [
      'through a page that lives at the start',
      toUrl('/en/guides/c', '/en/x'),
      [toPage('/en/x', 1)],
      '/en/guides/c -> /en/x -> /en/guides/c',
    ],
    [
      'a long chain that ends',
      toUrl('/en/a', '/en/b'),
      [toUrl('/en/b', '/en/c'), toUrl('/en/c', '/en/d')],
      null,
    ],
  ])('%s', (_, row, others, expected) => {
    expect(findLoop(row, others, pages)).toBe(expected)
  })
})
