import { describe, expect, it } from 'vitest'

import { translationStatus, type PageTranslations } from './translationStatus'

const page = (
  title: PageTranslations['title'],
  translatedAt: PageTranslations['translatedAt'],
) => ({
  id: 1,
  path: 'guide',
  title,
  translatedAt,
})

describe('translationStatus', () => {
  it.each<[string, PageTranslations, Record<string, string>]>([
    [
      'all translated after English',
      page(
        { en: 'Guide', pl: 'Poradnik', ur: 'رہنمائی' },
        { en: '2026-11-01T10:00:00Z', pl: '2026-11-02T10:00:00Z', ur: '2026-11-01T10:00:00Z' },
      ),
      { pl: 'current', ur: 'current' },
    ],
    [
      'English changed after a translation',
      page(
        { en: 'Guide', pl: 'Poradnik', ur: 'رہنمائی' },
        { en: '2026-11-05T10:00:00Z', pl: '2026-11-02T10:00:00Z', ur: '2026-11-06T10:00:00Z' },
      ),
      { pl: 'outdated', ur: 'current' },
    ],
    [
      'a language with no title is missing',
      page({ en: 'Guide', pl: null }, { en: '2026-11-01T10:00:00Z' }),
      { pl: 'missing', ur: 'missing' },
    ],
    [
      'a translation never saved since dates were kept is outdated',
      page({ en: 'Guide', pl: 'Poradnik', ur: 'رہنمائی' }, { en: '2026-11-01T10:00:00Z' }),
      { pl: 'outdated', ur: 'outdated' },
    ],
    [
      'no dates at all: present counts as current',
      page({ en: 'Guide', pl: 'Poradnik', ur: 'رہنمائی' }, null),
      { pl: 'current', ur: 'current' },
    ],
  ])('%s', (_name, input, states) => {
    const [row] = translationStatus([input], ['en', 'pl', 'ur'])
    expect(row).toEqual({ id: 1, path: 'guide', title: 'Guide', states })
  })
})
