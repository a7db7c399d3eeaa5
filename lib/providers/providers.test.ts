import { describe, expect, it } from 'vitest'

import { groupByRegion, parseProviderFilter } from './filter'
import { breadcrumbJsonLd, faqJsonLd, providerJsonLd, serializeJsonLd } from '@/lib/seo/jsonLd'
import { pickLocalized } from './localized'
import { REGIONS } from './options'
import { isVerificationStale } from './verification'

const councils = [
  { id: 1, code: 'E08000014', name: 'Sefton', region: 'North West' },
  { id: 2, code: 'E06000009', name: 'Blackpool', region: 'North West' },
  { id: 3, code: 'E09000010', name: 'Enfield', region: 'London' },
]

describe('parseProviderFilter', () => {
  it.each([
    [{}, '', null, [], false],
    [{ council: 'e08000014' }, 'E08000014', 'Sefton', [], false],
    [{ council: 'E99999999' }, 'E99999999', null, [], true],
    [{ kind: ['mediation', 'nonsense', 'mediation'] }, '', null, ['mediation'], false],
    // The kinds in the site's order, as the cached list's key has them (lib/providers/listKey.ts).
    [{ kind: ['sendiass', 'mediation'] }, '', null, ['mediation', 'sendiass'], false],
    [{ council: ' e08000014 ' }, 'E08000014', 'Sefton', [], false],
    [
      { council: ['E09000010', 'E08000014'], kind: 'sendiass' },
      'E09000010',
      'Enfield',
      ['sendiass'],
      false,
    ],
  ])('%j', (params, code, name, kinds, unknown) => {
    const filter = parseProviderFilter(params, councils)
    expect(filter.councilCode).toBe(code)
    expect(filter.council?.name ?? null).toBe(name)
    expect(filter.kinds).toEqual(kinds)
    expect(filter.unknownCouncil).toBe(unknown)
  })
})

describe('groupByRegion', () => {
  it('keeps the regions in ONS order, councils by name, and drops empty regions', () => {
    const groups = groupByRegion(councils, REGIONS)
    expect(groups.map((g) => g.region)).toEqual(['North West', 'London'])
    expect(groups[0]!.councils.map((c) => c.name)).toEqual(['Blackpool', 'Sefton'])
  })
})

describe('isVerificationStale', () => {
  const today = new Date('2026-11-23T12:00:00Z')
  it.each([
    ['2026-11-01', false],
    ['2026-05-23', false],
    ['2026-05-22', true],
    ['2025-04-01', true],
    ['not a date', true],
  ])('%s checked -> stale %s', (date, stale) => {
    expect(isVerificationStale(date, today)).toBe(stale)
  })
})

describe('JSON-LD', () => {
  it('describes a GovernmentService and cannot close the script element', () => {
    const data = providerJsonLd(
      {
        name: 'Evil </script><script>alert(1)</script>',
        description: 'A & B',
        kind: 'mediation',
        contact: { phone: '0800 064 4488' },
        areas: ['Sefton'],
      },
      'https://example.org/en/providers/x',
    )
    expect(data['@type']).toBe('GovernmentService')
    const text = serializeJsonLd(data)
    expect(text).not.toMatch(/[<>&]/)
    expect(JSON.parse(text)).toEqual(data)
  })
})

describe('pickLocalized', () => {
  it.each([
    [{ en: 'Hello', pl: 'Cześć' }, 'pl', { text: 'Cześć' }],
    [{ en: 'Hello', pl: null }, 'pl', { text: 'Hello', lang: 'en' }],
    [{ en: 'Hello' }, 'en', { text: 'Hello' }],
    [{ pl: 'Cześć' }, 'ur', null],
    ['Already resolved', 'ur', { text: 'Already resolved' }],
    [null, 'en', null],
  ] as const)('%j in %s', (value, locale, expected) => {
    expect(pickLocalized(value, locale)).toEqual(expected)
  })
})

describe('breadcrumbJsonLd and faqJsonLd', () => {
  it('numbers the trail from 1 with absolute URLs', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Home', url: 'https://x.org/en' },
        { name: 'Mediation', url: 'https://x.org/en/mediation' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.org/en' },
        { '@type': 'ListItem', position: 2, name: 'Mediation', item: 'https://x.org/en/mediation' },
      ],
    })
  })

  it('describes questions with their accepted answers, and nothing without questions', () => {
    expect(faqJsonLd([])).toBeNull()
    expect(faqJsonLd([{ question: 'Q?', answer: 'A.' }])).toMatchObject({
      '@type': 'FAQPage',
      mainEntity: [
        { '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } },
      ],
    })
  })
})
