import { describe, expect, it } from 'vitest'

import { translationState, translationStatus, type PageTranslations } from './status'

const doc = (text: string) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] },
})
const EN = { title: 'Guide', summary: 'Short', body: doc('Long text') }
const PL = { title: 'Poradnik', summary: 'Krótko', body: doc('Długi tekst') }
const UR = { title: 'رہنمائی', summary: 'مختصر', body: doc('لمبا متن') }
type Texts = Partial<typeof EN> & { metaTitle?: string }

/** A page as the view reads it (locale 'all') from the texts per language and the stamps. */
function page(texts: Partial<Record<'en' | 'pl' | 'ur', Texts>>, stamps?: Record<string, string>) {
  const field = (name: keyof Texts) =>
    Object.fromEntries(Object.entries(texts).map(([code, t]) => [code, t[name] ?? null]))
  return {
    id: 1,
    path: 'guide',
    title: field('title'),
    summary: field('summary'),
    body: field('body'),
    meta: { title: field('metaTitle'), description: null },
    translatedAt: stamps ?? null,
  } as PageTranslations
}

const JAN = '2026-01-10T10:00:00Z'
const FEB = '2026-02-10T10:00:00Z'
const MAR = '2026-03-10T10:00:00Z'

describe('translationState', () => {
  it.each<[string, PageTranslations, 'pl' | 'ur', string]>([
    [
      'all text translated after English',
      page({ en: EN, pl: PL }, { en: JAN, pl: FEB }),
      'pl',
      'current',
    ],
    [
      'translated at the same moment as English',
      page({ en: EN, pl: PL }, { en: JAN, pl: JAN }),
      'pl',
      'current',
    ],
    [
      'English text changed after the translation',
      page({ en: EN, pl: PL }, { en: MAR, pl: FEB }),
      'pl',
      'outdated',
    ],
    [
      'a translation with no stamp, English stamped',
      page({ en: EN, pl: PL }, { en: JAN }),
      'pl',
      'outdated',
    ],
    ['no stamps at all (before stamps were kept)', page({ en: EN, pl: PL }), 'pl', 'current'],
    [
      'only the title translated',
      page({ en: EN, pl: { title: 'Poradnik' } }, { en: JAN, pl: FEB }),
      'pl',
      'partial',
    ],
    [
      'title and summary, no body',
      page({ en: EN, pl: { title: 'P', summary: 'K' } }, { en: JAN, pl: FEB }),
      'pl',
      'partial',
    ],
    [
      'a body that is only an empty paragraph',
      page({ en: EN, pl: { ...PL, body: doc('  ') } }, { en: JAN, pl: FEB }),
      'pl',
      'partial',
    ],
    [
      'a blank title is no title',
      page({ en: EN, pl: { ...PL, title: '   ' } }, { en: JAN, pl: FEB }),
      'pl',
      'partial',
    ],
    [
      'English search title not yet translated',
      page({ en: { ...EN, metaTitle: 'SEO' }, pl: PL }, { en: JAN, pl: FEB }),
      'pl',
      'partial',
    ],
    [
      'English search title translated',
      page(
        { en: { ...EN, metaTitle: 'SEO' }, pl: { ...PL, metaTitle: 'SEO pl' } },
        { en: JAN, pl: FEB },
      ),
      'pl',
      'current',
    ],
    [
      'a field English leaves empty is not needed',
      page({ en: { title: 'Guide' }, pl: { title: 'Poradnik' } }, { en: JAN, pl: FEB }),
      'pl',
      'current',
    ],
    [
      'partly translated and older: partial first',
      page({ en: EN, pl: { title: 'P' } }, { en: MAR, pl: FEB }),
      'pl',
      'partial',
    ],
    ['nothing in this language', page({ en: EN, pl: PL }, { en: JAN, pl: FEB }), 'ur', 'missing'],
    [
      'Urdu translated, Polish not',
      page({ en: EN, ur: UR }, { en: JAN, ur: FEB }),
      'ur',
      'current',
    ],
  ])('%s -> %s is %s', (_name, input, locale, state) => {
    expect(translationState(input, locale)).toBe(state)
  })
})

describe('translationStatus', () => {
  it('gives one row per page with every language but English', () => {
    const [row] = translationStatus(
      [page({ en: EN, pl: PL }, { en: JAN, pl: FEB })],
      ['en', 'pl', 'ur'],
    )
    expect(row).toEqual({
      id: 1,
      path: 'guide',
      title: 'Guide',
      states: { pl: 'current', ur: 'missing' },
    })
  })
})
