import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { createTranslator } from 'use-intl/core'
import { describe, expect, it } from 'vitest'

import en from '@/messages/en.json'
import pl from '@/messages/pl.json'
import ur from '@/messages/ur.json'

import { LegalBasis } from './LegalBasis'

const MESSAGES = { en, pl, ur }
const BDI = (text: string) => `<bdi lang="en" dir="ltr">${text}</bdi>`
const LATE = BDI('HESC Rules 2008, rule 5(3)(a)')

function html(locale: 'en' | 'pl' | 'ur', basis: string | undefined, lateAppeal: boolean) {
  const messages = MESSAGES[locale]
  const t = createTranslator({ locale, messages, namespace: 'DeadlineCalculator' })
  const td = createTranslator({ locale, messages, namespace: 'Deadlines' })
  return renderToStaticMarkup(createElement(LegalBasis, { t, td, basis, lateAppeal }))
}

describe('LegalBasis: English citations isolated in every language', () => {
  it.each([
    // [locale, basis, late appeal, the paragraph's text]
    [
      'en',
      'SEND Regulations 2014, reg 33',
      false,
      `The law: ${BDI('SEND Regulations 2014, reg 33')}`,
    ],
    [
      'ur',
      'SEND Regulations 2014, reg 33',
      false,
      `قانون: ${BDI('SEND Regulations 2014, reg 33')}`,
    ],
    [
      'ur',
      'Children and Families Act 2014, s51',
      true,
      `قانون: ${BDI('Children and Families Act 2014, s51')}; ${LATE} (دیر سے آنے والی اپیلیں)`,
    ],
    ['pl', undefined, true, `Przepisy: ${LATE} (odwołania po terminie)`],
    ['en', undefined, true, `The law: ${LATE} (late appeals)`],
  ] as const)('%s, %s, late appeal %s', (locale, basis, lateAppeal, text) => {
    expect(html(locale, basis, lateAppeal)).toBe(
      `<p class="govuk-body-s app-secondary-text">${text}</p>`,
    )
  })

  it('leaves no English citation outside an isolate on Urdu pages', () => {
    const markup = html('ur', 'SEND Regulations 2014, reg 33', true)
    const outside = markup.replace(/<bdi lang="en" dir="ltr">[^<]*<\/bdi>/g, '')
    expect(outside).not.toMatch(/[A-Za-z]{2,}(?![^<]*>)/)
  })
})
