import { describe, expect, it } from 'vitest'

import { negotiateLocale } from './negotiate'

describe('negotiateLocale: Accept-Language with q-values', () => {
  it.each<[string | null, string, string]>([
    // [header, locale, why]
    [null, 'en', 'no header'],
    ['', 'en', 'empty header'],
    ['en-GB,pl;q=0.8', 'en', 'the issue: British English first, Polish second'],
    ['pl;q=0.8,en-GB', 'en', 'order in the header does not beat q'],
    ['pl,en;q=0.5', 'pl', 'Polish preferred'],
    ['pl-PL,pl;q=0.9,en;q=0.8', 'pl', 'Polish with region'],
    ['ur-PK,ur;q=0.9,en;q=0.5', 'ur', 'Urdu (Pakistan)'],
    ['ur-IN', 'ur', 'Urdu (India) by primary subtag'],
    ['de-DE,pl;q=0.7,en;q=0.3', 'pl', 'first supported in q order'],
    ['de,fr', 'en', 'none supported: default'],
    ['*', 'en', 'any language: default'],
    ['de,*;q=0.5,pl;q=0.4', 'en', 'wildcard before Polish'],
    ['en;q=0,pl', 'pl', 'q=0 refuses English'],
    ['en;q=0.5,pl;q=0.5', 'en', 'tie keeps header order'],
    ['pl;q=0.5,en;q=0.5', 'pl', 'tie keeps header order (reversed)'],
    ['pl;q=abc,ur', 'ur', 'malformed q ignores that range'],
    ['pl;q=1.5,ur;q=0.2', 'ur', 'q above 1 is malformed'],
    ['PL', 'pl', 'case-insensitive'],
    ['en-gb;q=0.9, PL;q=0.95', 'pl', 'spaces and case'],
    ['<script>,pl', 'pl', 'garbage range skipped'],
    ['urdu,pl', 'pl', 'a different language that starts with ur'],
    [',,;;q=,', 'en', 'only separators'],
  ])('%j -> %s (%s)', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected)
  })
})
