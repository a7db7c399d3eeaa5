import { describe, expect, it } from 'vitest'

import { localeHref } from './localeHref'

describe('localeHref', () => {
  it.each([
    ['en', '', '/en'],
    ['pl', '/', '/pl'],
    ['ur', 'resolving-a-disagreement', '/ur/resolving-a-disagreement'],
    ['pl', '/resolving-a-disagreement/mediation/', '/pl/resolving-a-disagreement/mediation'],
    ['en', 'https://www.gov.uk', 'https://www.gov.uk'],
    ['en', 'mailto:sen@example.org', 'mailto:sen@example.org'],
    ['en', '#main-content', '#main-content'],
  ] as const)('(%s, %j) -> %j', (locale, path, expected) => {
    expect(localeHref(locale, path)).toBe(expected)
  })
})
