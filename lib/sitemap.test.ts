import { describe, expect, it } from 'vitest'

import { buildSitemap } from './sitemap'

describe('buildSitemap', () => {
  const entries = buildSitemap('https://send.example.gov.uk', [
    { path: '', updatedAt: null },
    { path: 'resolving-a-disagreement/mediation', updatedAt: '2026-11-01T10:00:00.000Z' },
  ])

  it('lists every page in every language', () => {
    expect(entries.map((e) => e.url)).toEqual([
      'https://send.example.gov.uk/en',
      'https://send.example.gov.uk/pl',
      'https://send.example.gov.uk/ur',
      'https://send.example.gov.uk/en/resolving-a-disagreement/mediation',
      'https://send.example.gov.uk/pl/resolving-a-disagreement/mediation',
      'https://send.example.gov.uk/ur/resolving-a-disagreement/mediation',
    ])
  })

  it('names every translation and an x-default on each entry', () => {
    expect(entries[4].alternates?.languages).toEqual({
      en: 'https://send.example.gov.uk/en/resolving-a-disagreement/mediation',
      pl: 'https://send.example.gov.uk/pl/resolving-a-disagreement/mediation',
      ur: 'https://send.example.gov.uk/ur/resolving-a-disagreement/mediation',
      'x-default': 'https://send.example.gov.uk/en/resolving-a-disagreement/mediation',
    })
    expect(entries[4].lastModified).toBe('2026-11-01T10:00:00.000Z')
    expect(entries[0].lastModified).toBeUndefined()
  })
})
