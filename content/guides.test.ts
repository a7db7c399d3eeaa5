import { describe, expect, it } from 'vitest'

import { localeCodes } from '@/i18n/locales'

import { loadGuides, parseGuide } from './loadGuides'

const guides = loadGuides()
const english = guides.filter((g) => g.locale === 'en')
const paths = new Set(english.map((g) => (g.parent ? `/${g.parent}/${g.slug}` : `/${g.slug}`)))
// Tools and directories that guides may link to, beside the guides themselves.
const OTHER_TARGETS = new Set(['/providers', '/route-finder', '/deadline-calculator'])

describe('the guide content', () => {
  it('has the seven guides the portal promises, in English', () => {
    expect(english.map((g) => g.slug).sort()).toEqual(
      [
        'complaints',
        'disagreement-resolution',
        'extended-appeals',
        'mediation',
        'resolving-a-disagreement',
        'send-tribunal-appeals',
        'what-to-do-if',
      ].sort(),
    )
  })

  it('translates the overview and disagreement-resolution guides into every language', () => {
    for (const locale of localeCodes) {
      for (const slug of ['resolving-a-disagreement', 'disagreement-resolution']) {
        expect(
          guides.some((g) => g.slug === slug && g.locale === locale),
          `${slug}.${locale}`,
        ).toBe(true)
      }
    }
  })

  it.each(english.map((g) => [g.slug, g] as const))('%s states its legal basis', (_slug, guide) => {
    expect(guide.body).toMatch(/\*\*Legal basis:\*\*/)
  })

  it.each(guides.map((g) => [`${g.slug}.${g.locale}`, g] as const))(
    '%s links only to pages that exist',
    (_name, guide) => {
      const links = [...guide.body.matchAll(/\]\((\/[^)]*)\)/g)].map((m) => m[1])
      expect(links.filter((href) => !paths.has(href) && !OTHER_TARGETS.has(href))).toEqual([])
    },
  )

  it('lists at least seven situations on "What to do if..."', () => {
    const page = english.find((g) => g.slug === 'what-to-do-if')!
    expect(page.body.match(/^### /gm)?.length).toBeGreaterThanOrEqual(7)
  })

  it("shows disagreement resolution's four kinds as a table", () => {
    const page = english.find((g) => g.slug === 'disagreement-resolution')!
    const rows = page.body.split('\n').filter((line) => line.startsWith('|'))
    expect(rows.length).toBeGreaterThanOrEqual(6) // header, separator, four kinds
  })

  it('never gives the pre-2015 "4 weeks" for Tribunal orders', () => {
    const page = english.find((g) => g.slug === 'send-tribunal-appeals')!
    expect(page.body).not.toMatch(/4 weeks|four weeks/i)
  })

  it('describes the health and social care powers as continuing, not as a current trial', () => {
    const page = english.find((g) => g.slug === 'extended-appeals')!
    expect(page.body).toMatch(/2021/)
    expect(page.body).toMatch(/5 weeks/)
  })
})

describe('parseGuide', () => {
  it.each([
    ['no front matter', 'x.en.md', 'Just text'],
    ['no title', 'x.en.md', '---\nsummary: s\n---\nBody'],
    ['unknown locale', 'x.fr.md', '---\ntitle: T\n---\nBody'],
    ['bad file name', 'X Y.en.md', '---\ntitle: T\n---\nBody'],
  ])('rejects a file with %s', (_why, name, source) => {
    expect(() => parseGuide(name, source)).toThrow()
  })

  it('keeps a colon inside a title', () => {
    const guide = parseGuide('x.en.md', '---\ntitle: Extended appeals: health\norder: 3\n---\nBody')
    expect(guide).toMatchObject({
      slug: 'x',
      locale: 'en',
      title: 'Extended appeals: health',
      order: 3,
    })
  })
})
