import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { BackLink } from '@/components/BackLink'
import { BreadcrumbJsonLd } from '@/components/JsonLd'
import { NotLegalAdvice } from '@/components/NotLegalAdvice'
import { isLocale } from '@/i18n/locales'
import { questionsFor } from '@/lib/letters/answers'
import { isLetterId, LETTER_IDS } from '@/lib/letters/definitions'
import { getLetterText } from '@/lib/letters/queries'
import { localeHref } from '@/lib/localeHref'
import { pageMetadata } from '@/lib/metadata'
import { ROUTES, letterPath } from '@/lib/routes/publicRoutes'

import { Citation } from '../Citation'

type Props = PageProps<'/[locale]/letters/[letter]'>

export function generateStaticParams() {
  return LETTER_IDS.map((letter) => ({ letter }))
}

async function load(params: Props['params']) {
  const { locale, letter } = await params
  if (!isLocale(locale) || !isLetterId(letter)) notFound()
  return { locale, letter }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, letter } = await load(params)
  const t = await getTranslations({ locale, namespace: 'Letters' })
  return pageMetadata({
    locale,
    path: letterPath(letter),
    title: t(`letters.${letter}.title`),
    description: t(`letters.${letter}.summary`),
  })
}

/** A letter's start page: what it is for and says, the law it relies on, and Start now. */
export default async function LetterStartPage({ params }: Props) {
  const { locale, letter } = await load(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Letters' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  const { text, explanation } = await getLetterText(letter, locale)
  const [firstQuestion] = questionsFor(letter, {})
  return (
    <>
      <BreadcrumbJsonLd
        trail={[
          { label: t('title'), path: ROUTES.letters },
          { label: t(`letters.${letter}.title`), path: letterPath(letter) },
        ]}
      />
      <BackLink href={localeHref(locale, ROUTES.letters)} label={tf('back')} />
      <main className="govuk-main-wrapper" id="main-content">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h1 className="govuk-heading-xl">{t(`letters.${letter}.title`)}</h1>
            <p className="govuk-body-l">{t(`letters.${letter}.summary`)}</p>
            <p className="govuk-body">{explanation}</p>
            <Citation label={t.rich} basis={text.legalBasis} />
            <p className="govuk-body">{t('inEnglish')}</p>
            <div className="govuk-inset-text">{t('privacy')}</div>
            <a
              href={localeHref(locale, letterPath(letter, firstQuestion))}
              role="button"
              draggable="false"
              className="govuk-button govuk-button--start"
            >
              {t('start')}
              <svg
                className="govuk-button__start-icon"
                xmlns="http://www.w3.org/2000/svg"
                width="17.5"
                height="19"
                viewBox="0 0 33 40"
                aria-hidden="true"
                focusable="false"
              >
                <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
              </svg>
            </a>
            <NotLegalAdvice />
          </div>
        </div>
      </main>
    </>
  )
}
