import { describe, expect, it } from 'vitest'

import { localeCodes, type Locale } from '@/i18n/locales'

import { loadGuides, parseGuide, type GuideSource } from './loadGuides'

const guides = loadGuides()
const english = guides.filter((g) => g.locale === 'en')
const guide = (slug: string, locale: Locale = 'en') =>
  guides.find((g) => g.slug === slug && g.locale === locale)!
const paths = new Set(english.map((g) => (g.parent ? `/${g.parent}/${g.slug}` : `/${g.slug}`)))
// Tools and directories that guides may link to, beside the guides themselves.
const OTHER_TARGETS = new Set([
  '/providers',
  '/route-finder',
  '/deadline-calculator',
  '/deadline-calculator/timeline',
])

const SLUGS = [
  'after-you-appeal',
  'complaints',
  'disagreement-resolution',
  'extended-appeals',
  'mediation',
  'proposed-changes-2026',
  'resolving-a-disagreement',
  'send-tribunal-appeals',
  'what-happens-at-a-tribunal-hearing',
  'what-happens-at-mediation',
  'what-to-do-if',
  'young-people',
]

// The "Legal basis" line and the word "proposed" as each language's guides write them.
const LEGAL_BASIS: Record<Locale, string> = {
  en: '**Legal basis:**',
  pl: '**Podstawa prawna:**',
  ur: '**قانونی بنیاد:**',
}
const PROPOSED: Record<Locale, RegExp> = { en: /^Proposed:/, pl: /^Propozycja:/, ur: /^تجویز:/ }
// "The time limit for an appeal keeps running" in each language.
const KEEPS_RUNNING: Record<Locale, RegExp> = {
  en: /time limit for an appeal keeps running/i,
  pl: /termin na odwołanie nadal biegnie/i,
  ur: /اپیل کی وقت کی حد چلتی رہتی ہے/,
}

/** The body without its "Legal basis" paragraph, and that paragraph on its own. */
function split(g: GuideSource): { text: string; basis: string } {
  const at = g.body.indexOf(LEGAL_BASIS[g.locale])
  return at === -1
    ? { text: g.body, basis: '' }
    : { text: g.body.slice(0, at), basis: g.body.slice(at) }
}

const links = (g: GuideSource) => [...g.body.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1])

describe('the guide content', () => {
  it('has the guides the portal promises, in English', () => {
    expect(english.map((g) => g.slug).sort()).toEqual(SLUGS)
  })

  it.each(SLUGS.flatMap((slug) => localeCodes.map((locale) => [slug, locale] as const)))(
    '%s is translated into %s, with the same place in the menu',
    (slug, locale) => {
      const translated = guide(slug, locale)
      expect(translated, `${slug}.${locale}.md`).toBeDefined()
      expect(translated.parent).toBe(guide(slug).parent)
      expect(translated.order).toBe(guide(slug).order)
    },
  )

  it.each(guides.map((g) => [`${g.slug}.${g.locale}`, g] as const))(
    '%s states its legal basis',
    (_name, g) => {
      expect(g.body).toContain(LEGAL_BASIS[g.locale])
    },
  )

  it.each(guides.map((g) => [`${g.slug}.${g.locale}`, g] as const))(
    '%s links only to pages that exist',
    (_name, g) => {
      const internal = links(g)
        .filter((href) => href.startsWith('/'))
        .map((href) => href.replace(/[?#].*$/, ''))
      expect(internal.filter((href) => !paths.has(href) && !OTHER_TARGETS.has(href))).toEqual([])
    },
  )

  it('lists at least seven situations on "What to do if..."', () => {
    expect(guide('what-to-do-if').body.match(/^### /gm)?.length).toBeGreaterThanOrEqual(7)
  })

  it("shows disagreement resolution's four kinds as a table", () => {
    const rows = guide('disagreement-resolution')
      .body.split('\n')
      .filter((line) => line.startsWith('|'))
    expect(rows.length).toBeGreaterThanOrEqual(6) // header, separator, four kinds
  })

  it.each(['send-tribunal-appeals', 'after-you-appeal', 'mediation'])(
    '%s never gives the pre-2015 "4 weeks" for Tribunal orders',
    (slug) => {
      expect(guide(slug).body).not.toMatch(/4 weeks|four weeks/i)
    },
  )

  it('describes the health and social care powers as continuing, not as a current trial', () => {
    const page = guide('extended-appeals').body
    expect(page).toMatch(/3 April 2018/)
    expect(page).toMatch(/31 August 2021/)
    expect(page).toMatch(/no end date/)
    expect(page).toMatch(/5 weeks/)
  })
})

describe('outbound links', () => {
  // Every body the guides send families to, at its own official address.
  const BODIES = [
    [
      'the SEND Tribunal on GOV.UK',
      'https://www.gov.uk/special-educational-needs-disability-tribunal',
    ],
    ['the LGSCO', 'https://www.lgo.org.uk'],
    ['the PHSO', 'https://www.ombudsman.org.uk'],
    ['the DfE', 'https://www.gov.uk/government/organisations/department-for-education'],
    ['IPSEA', 'https://www.ipsea.org.uk'],
  ]
  const ALLOWED_HOSTS = new Set([
    'www.gov.uk',
    'www.lgo.org.uk',
    'www.ombudsman.org.uk',
    'www.ipsea.org.uk',
    'www.legislation.gov.uk',
  ])

  it.each(guides.map((g) => [`${g.slug}.${g.locale}`, g] as const))(
    '%s links outside the site only by absolute https URLs to known hosts',
    (_name, g) => {
      const external = links(g).filter((href) => !href.startsWith('/'))
      const bad = external.filter((href) => {
        if (!/^https:\/\//.test(href)) return true
        const url = new URL(href)
        return !ALLOWED_HOSTS.has(url.host) || url.username !== '' || url.port !== ''
      })
      expect(bad).toEqual([])
    },
  )

  it.each(BODIES.flatMap(([name, url]) => localeCodes.map((l) => [name, l, url] as const)))(
    'links to %s in %s',
    (_name, locale, url) => {
      const all = guides.filter((g) => g.locale === locale).flatMap(links)
      expect(all).toContain(url)
    },
  )

  it.each(localeCodes)(
    'the appeals guide in %s links to the official GOV.UK appeal service',
    (locale) => {
      const body = guide('send-tribunal-appeals', locale).body
      expect(body).toMatch(
        /\]\(https:\/\/www\.gov\.uk\/special-educational-needs-disability-tribunal\)/,
      )
    },
  )
})

describe('what every family must be told', () => {
  it.each(
    ['disagreement-resolution', 'mediation', 'complaints'].flatMap((slug) =>
      localeCodes.map((locale) => [slug, locale] as const),
    ),
  )('%s in %s says the appeal time limit keeps running', (slug, locale) => {
    expect(split(guide(slug, locale)).text).toMatch(KEEPS_RUNNING[locale])
  })

  it.each(localeCodes)('the mediation guide in %s starts with contacting the adviser', (locale) => {
    const body = guide('mediation', locale).body
    const firstHeading = /^## (.*)$/m.exec(body)?.[1] ?? ''
    expect(firstHeading).toMatch(/1/)
    expect(body.indexOf('/providers?kind=mediation')).toBeGreaterThan(-1)
    expect(body.indexOf('/providers?kind=mediation')).toBeLessThan(body.indexOf('\n## ', 4))
  })

  it.each(localeCodes)(
    'every proposal on the 2026 page in %s is labelled as proposed',
    (locale) => {
      const body = guide('proposed-changes-2026', locale).body
      const tables = body
        .split('\n')
        .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
      const proposalRows = tables.slice(1).map((row) => row.replace(/^\|\s*/, ''))
      expect(proposalRows.length).toBeGreaterThanOrEqual(4)
      for (const row of proposalRows) expect(row).toMatch(PROPOSED[locale])
      const datesSection = body.split(/^## /m)[3] ?? ''
      const dates = datesSection.split('\n').filter((line) => line.startsWith('- '))
      expect(dates.length).toBe(2)
      for (const item of dates) expect(item.slice(2)).toMatch(PROPOSED[locale])
      expect(body).toMatch(/2029/)
      expect(body).toMatch(/2030/)
    },
  )
})

// HESC r12(1): an act due on a day must be done by 5pm. Every paragraph that gives an appeal's
// "1 month after the certificate" last day also says by when on that day, in every language.
describe('an appeal last day always comes with its 5pm', () => {
  const CERTIFICATE_MONTH: Record<Locale, RegExp> = {
    en: /1 month (from|after|of) (the date )?(your )?(mediation )?certificate/i,
    pl: /1 miesiąc(a)? od (daty )?(wydania )?zaświadczenia/i,
    ur: /سرٹیفکیٹ (جاری ہونے )?(کی تاریخ )?(سے|کے) 1 (ماہ|مہینے)/,
  }
  const FIVE_PM: Record<Locale, RegExp> = { en: /5pm/, pl: /17:00/, ur: /5 بجے/ }
  // A list's lead-in paragraph ("by 5pm on the later of these dates:") counts with the list.
  const cases = guides.flatMap((g) => {
    const paragraphs = split(g).text.split(/\n\s*\n/)
    return paragraphs.flatMap((paragraph, i) =>
      CERTIFICATE_MONTH[g.locale].test(paragraph)
        ? [
            [
              `${g.slug}.${g.locale}`,
              paragraph.startsWith('- ') ? `${paragraphs[i - 1]}\n${paragraph}` : paragraph,
              g.locale,
            ] as const,
          ]
        : [],
    )
  })

  it('finds such paragraphs in every language', () => {
    for (const locale of localeCodes) {
      expect(cases.filter(([, , l]) => l === locale).length, locale).toBeGreaterThan(2)
    }
  })

  it.each(cases)('%s: "%s" says by 5pm', (_, paragraph, locale) => {
    expect(paragraph).toMatch(FIVE_PM[locale])
  })
})

describe('legal basis: every rule a page states cites its provision', () => {
  // [what the page says, the provision its Legal basis must name]. Applied to every English guide:
  // a page that states the rule must cite it.
  const RULES: [string, RegExp, RegExp][] = [
    ['by 5pm', /5pm/, /rule 12/],
    ['the appeal time limit keeps running', /keeps running/, /rule 20/],
    ['a late appeal can be accepted', /missed (your|the) time limit/, /rule 5\(3\)\(a\)/],
    ['6 weeks to decide whether to assess', /within 6 weeks/, /regulation 5\b/],
    ['16 weeks to decide not to issue a plan', /16 weeks/, /regulation 10\b/],
    ['15 days to comment on a draft plan', /15 days/, /regulation 13\b/],
    ['4 weeks to decide after a review', /4 weeks of the review/, /regulations? 20\b/],
    ['8 weeks for the amended plan', /within 8 weeks/, /regulations? (20 and )?22\b/],
    ['the mediation adviser within 2 months', /adviser within 2 months/, /regulations? (33|32 to)/],
    ['30 days to arrange mediation', /within 30 days/, /regulations (35 to 39|32 to)/],
    ['the time limits for Tribunal orders', /11 weeks/, /regulation 44/],
    ['unopposed appeals', /not to oppose/, /regulation 45/],
    ['young people who lack capacity', /mental capacity/, /regulation 64/],
    ['rights from the end of Year 11', /end of Year 11/, /section 83\(2\)/],
    [
      'no certificate for a section I appeal',
      /only about (section I|the school or college in section I)/,
      /section 55\(3\)/,
    ],
    ['the plan stays during a cease appeal', /stays in place/, /section 45\(4\)/],
    ['health and social care recommendations', /recommendations/, /SI 2017\/1306/],
    ['12 months for the LGSCO', /LGSCO within 12 months/, /section 26B/],
    ['12 months for NHS complaints', /NHS can look at a later complaint/, /regulation 12/],
    ['judicial review within 3 months', /within 3 months/, /rule 54\.5/],
    ['discrimination claims within 6 months', /within 6 months/, /Schedule 17/],
    ['page limits for evidence', /15 pages/, /Practice Direction No 1 of 2025/],
    ['the council responds within 30 working days', /30 working days/, /rule 21/],
    ['permission to appeal to the Upper Tribunal', /permission to appeal/, /rule 46/],
    ['the complaint handling code', /complaint handling code/, /complaint handling code/],
  ]

  const cases = RULES.flatMap(([rule, says, cites]) =>
    english.filter((g) => says.test(split(g).text)).map((g) => [g.slug, rule, cites] as const),
  )

  it('checks every rule on at least one page', () => {
    const checked = new Set(cases.map(([, rule]) => rule))
    expect(RULES.map(([rule]) => rule).filter((rule) => !checked.has(rule))).toEqual([])
  })

  it.each(cases)('%s states %s, so its legal basis cites it', (slug, _rule, cites) => {
    expect(split(guide(slug)).basis).toMatch(cites)
  })

  it('cites the regulations for the 30-day mediation duty and the certificates as in the facts', () => {
    const basis = split(guide('mediation')).basis
    expect(basis).toMatch(/regulation 33 \(contact the adviser within 2 months\)/)
    expect(basis).toMatch(/regulation 34 \(certificate within 3 working days/)
    expect(basis).toMatch(/regulations 35 to 39 \(the 30-day duty/)
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
    const parsed = parseGuide(
      'x.en.md',
      '---\ntitle: Extended appeals: health\norder: 3\n---\nBody',
    )
    expect(parsed).toMatchObject({
      slug: 'x',
      locale: 'en',
      title: 'Extended appeals: health',
      order: 3,
    })
  })
})

describe('legal guides that need a second person to publish', () => {
  it.each([
    ['needsSecondPerson: true', true],
    ['needsSecondPerson: false', false],
    ['needsSecondPerson: yes', false],
    ['', false],
  ])('front matter %j -> %s', (line, expected) => {
    const parsed = parseGuide('x.en.md', `---\ntitle: T\n${line}\n---\nBody`)
    expect(parsed.needsSecondPerson).toBe(expected)
  })

  it('marks the appeal, tribunal and extended appeal guides (and only in English)', () => {
    const marked = loadGuides()
      .filter((g) => g.needsSecondPerson)
      .map((g) => `${g.slug}.${g.locale}`)
      .sort()
    expect(marked).toEqual([
      'after-you-appeal.en',
      'extended-appeals.en',
      'send-tribunal-appeals.en',
      'what-happens-at-a-tribunal-hearing.en',
    ])
  })
})
