import { NextIntlClientProvider } from 'next-intl'
import { createElement, type ComponentProps } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { markdownToLexical } from '@/content/markdownToLexical'

import { RichText } from './index'

/** The guide's Markdown as a reader in `locale` gets it: Lexical JSON rendered to HTML. */
// Children go as createElement's third argument; the props type lists them as required.
type IntlProps = ComponentProps<typeof NextIntlClientProvider>

const html = (markdown: string, locale: 'en' | 'pl' | 'ur' = 'en') =>
  renderToStaticMarkup(
    // The locale comes from next-intl, as on a page (setRequestLocale).
    createElement(
      NextIntlClientProvider,
      { locale } as IntlProps,
      createElement(RichText, { data: markdownToLexical(markdown) }),
    ),
  )

describe('RichText links', () => {
  it.each([
    [
      'en',
      '[Mediation](/resolving-a-disagreement/mediation)',
      '/en/resolving-a-disagreement/mediation',
    ],
    [
      'ur',
      '[Mediation](/resolving-a-disagreement/mediation)',
      '/ur/resolving-a-disagreement/mediation',
    ],
    ['pl', '[Services](/providers?kind=mediation)', '/pl/providers?kind=mediation'],
    ['ur', '[LGSCO](https://www.lgo.org.uk)', 'https://www.lgo.org.uk'],
    [
      'pl',
      '[Make an appeal](https://www.gov.uk/special-educational-needs-disability-tribunal)',
      'https://www.gov.uk/special-educational-needs-disability-tribunal',
    ],
  ] as const)('in %s, %s goes to %s', (locale, markdown, href) => {
    expect(html(markdown, locale)).toContain(`href="${href.replace(/&/g, '&amp;')}"`)
  })

  it('opens an outbound link in the same tab, as GOV.UK does', () => {
    const out = html('[IPSEA](https://www.ipsea.org.uk)')
    expect(out).toMatch(/<a class="govuk-link" href="https:\/\/www\.ipsea\.org\.uk">(<span>)?IPSEA/)
    expect(out).not.toContain('target=')
  })
})
