import { describe, expect, it } from 'vitest'

import { checkAddress } from './checkAddress'
import type { PublishedPaths } from './publishedPaths'

const known: PublishedPaths = {
  pages: new Set(['resolving-a-disagreement', 'resolving-a-disagreement/mediation']),
  providers: new Set(['kent-sendiass']),
  councils: new Set(['E08000014']),
  redirects: new Map([
    ['/pl/old-guide', { to: '/pl/resolving-a-disagreement', permanent: true }],
    ['/en/providers/old-name', { to: '/en/providers/kent-sendiass', permanent: true }],
    ['/en/glossary/terms', { to: '/en/glossary', permanent: false }],
    ['/ur/resolving-a-disagreement/mediation', { to: '/ur/x', permanent: true }],
  ]),
}

describe('checkAddress', () => {
  it.each([
    // [locale, path, lists known?, answer]
    ['en', '', true, 'page'],
    ['en', 'deadline-calculator', true, 'page'],
    ['pl', 'resolving-a-disagreement/mediation', true, 'page'],
    ['en', 'providers/kent-sendiass', true, 'page'],
    // A live page wins over a redirect an editor left on its address.
    ['ur', 'resolving-a-disagreement/mediation', true, 'page'],
    ['pl', 'old-guide', true, 'redirect'],
    ['en', 'old-guide', true, 'notFound'],
    ['en', 'providers/old-name', true, 'redirect'],
    ['en', 'glossary/terms', true, 'redirect'],
    ['en', 'glossary/extra', true, 'notFound'],
    ['en', 'no-such-page', true, 'notFound'],
    ['en', 'providers/nope', true, 'notFound'],
    ['en', 'page-not-found', true, 'notFound'],
    // Without the lists the guide or provider page decides; the site's own sections need none.
    ['en', 'no-such-page', false, 'page'],
    ['en', 'providers/nope', false, 'page'],
    ['en', 'glossary/extra', false, 'notFound'],
  ])('/%s/%s (lists %s) -> %s', (locale, path, withLists, kind) => {
    expect(checkAddress(locale, path, withLists ? known : null).kind).toBe(kind)
  })

  it('hands back the redirect target', () => {
    expect(checkAddress('pl', 'old-guide', known)).toEqual({
      kind: 'redirect',
      target: { to: '/pl/resolving-a-disagreement', permanent: true },
    })
  })
})
