import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound, redirect } from 'next/navigation'

import { BackLink } from '@/components/BackLink'
import { NotLegalAdvice } from '@/components/NotLegalAdvice'
import { isLocale, locales } from '@/i18n/locales'
import { formatDate } from '@/i18n/dates'
import {
  answersQuery,
  firstProblem,
  previousStep,
  questionsFor,
  readAnswers,
} from '@/lib/letters/answers'
import { isLetterId } from '@/lib/letters/definitions'
import { localeHref } from '@/lib/localeHref'
import { pageMetadata } from '@/lib/metadata'
import { composeLetter, letterContext } from '@/lib/letters/context'
import { letterPath } from '@/lib/routes/publicRoutes'

import { Citation } from '../../Citation'
import { LetterView } from '../../LetterView'
import { PrintButton } from '../../PrintButton.client'

type Props = PageProps<'/[locale]/letters/[letter]/your-letter'>

async function load({ params, searchParams }: Props) {
  const { locale, letter } = await params
  if (!isLocale(locale) || !isLetterId(letter)) notFound()
  const answers = readAnswers(await searchParams)
  const loaded = await letterContext(locale, letter, answers)
  return { locale, letter, answers, loaded }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, letter } = await load(props)
  const t = await getTranslations({ locale, namespace: 'Letters' })
  return {
    ...(await pageMetadata({
      locale,
      path: letterPath(letter, 'your-letter'),
      title: `${t('result.title')}: ${t(`letters.${letter}.title`)}`,
    })),
    robots: { index: false, follow: false },
    // The address holds the family's answers: never send it on to another page as a referrer.
    referrer: 'no-referrer',
  }
}

/**
 * The finished letter: what it says in the reader's language, the dates it relies on, the letter
 * itself in English (printable), and .txt and .docx downloads built from the same answers.
 * A missing or wrong answer sends the reader back to that question with its message.
 */
export default async function YourLetterPage(props: Props) {
  const { locale, letter, answers, loaded } = await load(props)
  setRequestLocale(locale)
  const problem = firstProblem(letter, answers, loaded.context, loaded.skip)
  if (problem) {
    const query = answersQuery(letter, answers)
    redirect(
      `${localeHref(locale, letterPath(letter, problem.id))}${query}${query ? '&' : '?'}answered=1`,
    )
  }
  const t = await getTranslations({ locale, namespace: 'Letters' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  const { doc, text, explanation, recipient, known, today } = await composeLetter(
    locale,
    letter,
    answers,
    loaded,
  )
  const query = answersQuery(letter, answers)
  const download = (format: 'txt' | 'docx') =>
    `/api/letters/${letter}${query}&format=${format}&locale=${locale}`
  const previous = previousStep(letter, answers, 'your-letter', loaded.skip)
  const [firstQuestion] = questionsFor(letter, answers, loaded.skip)
  return (
    <>
      <BackLink
        href={localeHref(locale, letterPath(letter, previous)) + query}
        label={tf('back')}
      />
      <main className="govuk-main-wrapper" id="main-content">
        <div className="govuk-grid-row app-no-print">
          <div className="govuk-grid-column-two-thirds">
            <span className="govuk-caption-l">{t(`letters.${letter}.title`)}</span>
            <h1 className="govuk-heading-xl">{t('result.title')}</h1>
            <h2 className="govuk-heading-m">{t('result.explanationHeading')}</h2>
            <p className="govuk-body">{explanation}</p>
            <Citation label={t.rich} basis={text.legalBasis} />
            <p className="govuk-body">{t('inEnglish')}</p>
            {/* The header's language links drop the query (the answers): these keep them. */}
            <p className="govuk-body">
              {t('result.otherLanguages')}{' '}
              {locales
                .filter((other) => other.code !== locale)
                .map((other, index) => (
                  <span key={other.code}>
                    {index > 0 && ' · '}
                    <a
                      className="govuk-link"
                      href={localeHref(other.code, letterPath(letter, 'your-letter')) + query}
                      lang={other.code}
                      hrefLang={other.code}
                      dir={other.dir}
                    >
                      {other.nativeName}
                    </a>
                  </span>
                ))}
            </p>
            {doc.keyDates.length > 0 && (
              <>
                <h2 className="govuk-heading-m">{t('result.datesHeading')}</h2>
                <dl className="govuk-summary-list">
                  {doc.keyDates.map((item) => (
                    <div className="govuk-summary-list__row" key={item.id}>
                      <dt className="govuk-summary-list__key">{t(`result.dates.${item.id}`)}</dt>
                      <dd className="govuk-summary-list__value">
                        <strong>{formatDate(item.date, locale, 'weekdayDate')}</strong>
                        <br />
                        <span className="govuk-body-s app-secondary-text">
                          <bdi lang="en" dir="ltr">
                            {item.legalBasis}
                          </bdi>
                        </span>
                        {item.id === 'adviserContactBy' && item.date < today && (
                          <strong className="govuk-!-display-block govuk-!-margin-top-1">
                            {t('result.adviserLate')}
                          </strong>
                        )}
                      </dd>
                    </div>
                  ))}
                </dl>
              </>
            )}
            {(!known || recipient.address.length === 0) && (
              <div className="govuk-warning-text">
                <span className="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong className="govuk-warning-text__text">
                  {known ? t('result.noAddress') : t('result.noAdviser')}
                </strong>
              </div>
            )}
            <h2 className="govuk-heading-m">{t('result.nextHeading')}</h2>
            <p className="govuk-body">{t('result.next')}</p>
            {letter === 'mediation-certificate' && answers.mediation === 'yes' && (
              <p className="govuk-body">{t('result.copyToCouncil')}</p>
            )}
            <div className="govuk-button-group">
              <PrintButton label={t('result.print')} />
              <a className="govuk-link" href={download('docx')} download>
                {t('result.downloadWord')}
              </a>
              <a className="govuk-link" href={download('txt')} download>
                {t('result.downloadText')}
              </a>
            </div>
            <p className="govuk-body">
              <a
                className="govuk-link"
                href={localeHref(locale, letterPath(letter, firstQuestion)) + query}
              >
                {tf('changeAnswers')}
              </a>
            </p>
            <div className="govuk-inset-text">{t('privacy')}</div>
            <h2 className="govuk-heading-l">{t('result.letterHeading')}</h2>
          </div>
        </div>
        <LetterView doc={doc} label={t('result.letterLabel')} />
        <div className="app-no-print">
          <NotLegalAdvice />
        </div>
      </main>
    </>
  )
}
