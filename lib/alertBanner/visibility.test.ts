import { describe, expect, it } from 'vitest'

import {
  bannersFor,
  isLive,
  localizeBanner,
  nextChange,
  safeHref,
  type BannerRecord,
} from './visibility'

const banner = (over: Partial<BannerRecord> = {}): BannerRecord => ({
  id: 1,
  severity: 'information',
  startsAt: null,
  endsAt: null,
  pages: [],
  title: { en: 'Law unchanged', pl: 'Prawo bez zmian', ur: 'قانون تبدیل نہیں ہوا' },
  text: { en: 'Only proposals.', pl: 'Tylko propozycje.', ur: 'صرف تجاویز۔' },
  linkLabel: { en: 'Read more', pl: 'Więcej', ur: 'مزید پڑھیں' },
  linkUrl: { en: '/en/proposed', pl: '/pl/proposed', ur: '/ur/proposed' },
  ...over,
})

const at = (iso: string) => new Date(iso)

describe('isLive: start <= now < end', () => {
  it.each([
    ['no start, no end', null, null, '2026-12-01T10:00:00Z', true],
    ['before start', '2026-12-01T09:00:00Z', null, '2026-12-01T08:59:59Z', false],
    ['exactly at start', '2026-12-01T09:00:00Z', null, '2026-12-01T09:00:00Z', true],
    [
      'inside the window',
      '2026-12-01T09:00:00Z',
      '2026-12-02T09:00:00Z',
      '2026-12-01T12:00:00Z',
      true,
    ],
    ['exactly at end', null, '2026-12-02T09:00:00Z', '2026-12-02T09:00:00Z', false],
    ['after end', '2026-12-01T09:00:00Z', '2026-12-02T09:00:00Z', '2026-12-03T00:00:00Z', false],
    ['end only, before it', null, '2026-12-02T09:00:00Z', '2026-12-01T00:00:00Z', true],
    ['unreadable dates are open', 'not a date', '', '2026-12-01T00:00:00Z', true],
  ])('%s', (_, startsAt, endsAt, now, expected) => {
    expect(isLive({ startsAt, endsAt }, at(now))).toBe(expected)
  })
})

describe('nextChange: when the prerendered pages must be rebuilt', () => {
  const now = at('2026-12-01T12:00:00Z')
  it.each([
    ['no banners', [], null],
    ['no dates', [banner()], null],
    ['only past dates', [banner({ startsAt: '2026-11-01T00:00:00Z' })], null],
    ['a future end', [banner({ endsAt: '2026-12-05T00:00:00Z' })], '2026-12-05T00:00:00.000Z'],
    [
      'the earliest of a start and another end',
      [
        banner({ endsAt: '2026-12-05T00:00:00Z' }),
        banner({ id: 2, startsAt: '2026-12-03T08:00:00Z', endsAt: '2026-12-10T00:00:00Z' }),
      ],
      '2026-12-03T08:00:00.000Z',
    ],
    ['a start exactly now is not future', [banner({ startsAt: '2026-12-01T12:00:00Z' })], null],
  ])('%s', (_, banners, expected) => {
    expect(nextChange(banners as BannerRecord[], now)?.toISOString() ?? null).toBe(expected)
  })
})

describe('safeHref', () => {
  it.each([
    ['/pl/proposed-changes-2026', '/pl/proposed-changes-2026'],
    [' /en/guide ', '/en/guide'],
    ['https://www.gov.uk/send-tribunal', 'https://www.gov.uk/send-tribunal'],
    ['//evil.example/x', null],
    ['/\\evil.example', null],
    ['/\t/evil.example', null],
    ['/\n/evil.example', null],
    ['/%2F/evil.example', null],
    ['/%5Cevil.example', null],
    ['/en/a//b', null],
    ['/javascript:alert(1)', null],
    ['/pl/guide?from=banner#what-changes', '/pl/guide?from=banner#what-changes'],
    ['/pl/guide?x=a b', null],
    ['https://www.gov.uk/\tsend', null],
    ['http://insecure.example', null],
    ['javascript:alert(1)', null],
    ['proposed-changes-2026', null],
    ['', null],
    [null, null],
  ])('%s -> %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected)
  })
})

describe('localizeBanner: the reader language, or all of it in English', () => {
  it.each([
    [
      'translated: Polish throughout',
      banner(),
      'pl',
      'pl',
      'Prawo bez zmian',
      '/pl/proposed',
      'pl',
    ],
    [
      'Polish text missing: the whole banner in English',
      banner({ text: { en: 'Only proposals.', pl: '' } }),
      'pl',
      'en',
      'Law unchanged',
      '/en/proposed',
      'en',
    ],
    [
      'Urdu title missing: English',
      banner({ title: { en: 'Law unchanged' } }),
      'ur',
      'en',
      'Law unchanged',
      '/en/proposed',
      'en',
    ],
    [
      'Polish without a link: the English link, marked English',
      banner({ linkLabel: { en: 'Read more' }, linkUrl: { en: '/en/proposed' } }),
      'pl',
      'pl',
      'Prawo bez zmian',
      '/en/proposed',
      'en',
    ],
    [
      'an unsafe link is dropped in every language',
      banner({ linkUrl: { en: 'javascript:x', pl: 'javascript:x' } }),
      'pl',
      'pl',
      'Prawo bez zmian',
      null,
      null,
    ],
  ])('%s', (_, record, locale, lang, title, href, linkLang) => {
    const shown = localizeBanner(record, locale as 'en' | 'pl' | 'ur')
    expect(shown?.lang).toBe(lang)
    expect(shown?.title).toBe(title)
    expect(shown?.link?.href ?? null).toBe(href)
    expect(shown?.link?.lang ?? null).toBe(linkLang)
  })

  it('shows nothing when even English is empty', () => {
    expect(localizeBanner(banner({ title: {}, text: {} }), 'pl')).toBeNull()
  })

  it('splits the text into paragraphs at empty lines', () => {
    const shown = localizeBanner(banner({ text: { en: 'One.\n\n  \nTwo.\nStill two.' } }), 'en')
    expect(shown?.paragraphs).toEqual(['One.', 'Two.\nStill two.'])
  })
})

describe('bannersFor: which banners a slot shows now', () => {
  const now = at('2026-12-01T12:00:00Z')
  const siteWide = banner({ id: 1 })
  const onPage7 = banner({ id: 2, pages: [7, 9] })
  const ended = banner({ id: 3, endsAt: '2026-11-30T00:00:00Z' })
  const future = banner({ id: 4, startsAt: '2026-12-02T00:00:00Z' })
  const warning = banner({ id: 5, severity: 'warning' })
  it.each([
    ['site slot: site-wide only, warnings first', null, [siteWide, onPage7, warning], [5, 1]],
    ['page slot: only banners limited to that page', 7, [siteWide, onPage7], [2]],
    ['page slot of another page: none', 8, [siteWide, onPage7], []],
    ['page ids may arrive as strings', '9', [onPage7], [2]],
    ['ended and not yet started are hidden', null, [ended, future, siteWide], [1]],
  ])('%s', (_, pageId, banners, expected) => {
    const shown = bannersFor(banners, { locale: 'en', now, pageId })
    expect(shown.map((b) => b.id)).toEqual(expected)
  })
})
