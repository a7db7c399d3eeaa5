import { describe, expect, it } from 'vitest'

import { clip, generateDescription, generateTitle, generateURL } from './generate'

// The table below is built when the file loads: fix the site's origin first.
process.env.NEXT_PUBLIC_SERVER_URL = 'http://localhost:3000'

describe('clip', () => {
  it.each<[unknown, number, string]>([
    ['Short title', 70, 'Short title'],
    ['  spaced   out  ', 70, 'spaced out'],
    ['one two three four', 9, 'one two'],
    ['one two, three', 8, 'one two'],
    ['abcdefghij', 5, 'abcde'],
    [null, 10, ''],
    [42, 10, ''],
  ])('%j at %d -> %j', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected)
  })
})

describe('generated SEO fields', () => {
  const page = { collectionConfig: { slug: 'pages' } }
  const provider = { collectionConfig: { slug: 'providers' } }
  it.each([
    [
      'page title',
      generateTitle({ ...page, doc: { title: 'Mediacja' }, locale: 'pl' }),
      'Mediacja',
    ],
    [
      'provider name',
      generateTitle({ ...provider, doc: { name: 'SENDIASS Leeds' } }),
      'SENDIASS Leeds',
    ],
    ['no title', generateTitle({ ...page, doc: {} }), ''],
    [
      'long title cut at a word',
      generateTitle({ ...page, doc: { title: 'word '.repeat(20) } }).length <= 70,
      true,
    ],
    [
      'page summary',
      generateDescription({ ...page, doc: { summary: 'Jak działa mediacja.' } }),
      'Jak działa mediacja.',
    ],
    [
      'provider description',
      generateDescription({ ...provider, doc: { description: 'Free advice.' } }),
      'Free advice.',
    ],
    [
      'page URL in Polish',
      generateURL({ ...page, doc: { path: 'a/b' }, locale: 'pl' }),
      'http://localhost:3000/pl/a/b',
    ],
    [
      'page URL in Urdu',
      generateURL({ ...page, doc: { path: 'a' }, locale: 'ur' }),
      'http://localhost:3000/ur/a',
    ],
    [
      'unknown locale is English',
      generateURL({ ...page, doc: { path: 'a' }, locale: 'xx' }),
      'http://localhost:3000/en/a',
    ],
    [
      'new page without a path',
      generateURL({ ...page, doc: {}, locale: 'en' }),
      'http://localhost:3000/en',
    ],
    [
      'provider URL',
      generateURL({ ...provider, doc: { slug: 'sendiass-leeds' }, locale: 'ur' }),
      'http://localhost:3000/ur/providers/sendiass-leeds',
    ],
  ])('%s', (_, actual, expected) => {
    expect(actual).toBe(expected)
  })
})
