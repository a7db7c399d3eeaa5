import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound, redirect } from 'next/navigation'

import { BackLink } from '@/components/BackLink'
import { ErrorSummary } from '@/components/ErrorSummary'
import { isLocale } from '@/i18n/locales'
import { translator } from '@/lib/api/translator'
import {
  answerEntries,
  answersQuery,
  checkAnswer,
  nextStep,
  previousStep,
  questionsFor,
  readAnswers,
  readDate,
  type AnswerError,
} from '@/lib/letters/answers'
import { isLetterId, isQuestionId, QUESTION_KINDS } from '@/lib/letters/definitions'
import { errorText } from '@/lib/letters/errorText'
import { localeHref } from '@/lib/localeHref'
import { pageMetadata } from '@/lib/metadata'
import { letterContext } from '@/lib/letters/context'
import { letterPath } from '@/lib/routes/publicRoutes'

import { LetterQuestion } from '../../LetterQuestion'

type Props = PageProps<'/[locale]/letters/[letter]/[question]'>

async function load({ params, searchParams }: Props) {
  const { locale, letter, question } = await params
  if (!isLocale(locale) || !isLetterId(letter) || !isQuestionId(question)) notFound()
  const search = await searchParams
  const answers = readAnswers(search)
  const loaded = await letterContext(locale, letter, answers)
  if (!questionsFor(letter, answers, loaded.skip).includes(question)) notFound()
  const date = QUESTION_KINDS[question] === 'date' ? readDate(search, question) : undefined
  let error: AnswerError | undefined
  if (search.answered !== undefined) {
    error = date?.wrong
      ? { code: 'date-parts', parts: date.wrong }
      : checkAnswer(question, answers, loaded.context)
  }
  return { locale, letter, question, answers, date, error, loaded, answered: !!search.answered }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, letter, question, error } = await load(props)
  const t = await getTranslations({ locale, namespace: 'Letters' })
  const label = t(`questions.${question}.label`)
  return {
    ...(await pageMetadata({
      locale,
      path: letterPath(letter, question),
      title: label,
      hasError: !!error,
      description: t(`letters.${letter}.title`),
    })),
    // Answers are personal: question pages are never indexed.
    robots: { index: false, follow: false },
    // The address holds the family's answers: never send it on to another page as a referrer.
    referrer: 'no-referrer',
  }
}

/**
 * One question of a letter (GOV.UK question page). The form is a GET to this page carrying the
 * earlier answers; a good answer moves on to the next question, a wrong one is shown again with
 * its message. Nothing is stored on the server.
 */
export default async function LetterQuestionPage(props: Props) {
  const { locale, letter, question, answers, date, error, loaded, answered } = await load(props)
  setRequestLocale(locale)
  if (answered && !error) {
    const next = nextStep(letter, answers, question, loaded.skip)
    redirect(localeHref(locale, letterPath(letter, next)) + answersQuery(letter, answers))
  }
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  const previous = previousStep(letter, answers, question, loaded.skip)
  const backHref = previous
    ? localeHref(locale, letterPath(letter, previous)) + answersQuery(letter, answers)
    : localeHref(locale, letterPath(letter))
  const message = error
    ? errorText(await translator(locale, 'Letters'), locale, question, error)
    : undefined
  const errorParts = error?.code === 'date-parts' ? error.parts : undefined
  const anchor = date ? `${question}-${errorParts?.[0] ?? 'day'}` : question
  return (
    <>
      <BackLink href={backHref} label={tf('back')} />
      <main className="govuk-main-wrapper" id="main-content">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <ErrorSummary
              title={tf('errorSummaryTitle')}
              items={message ? [{ href: `#${anchor}`, text: message }] : []}
            />
            <form method="get" action={localeHref(locale, letterPath(letter, question))} noValidate>
              <input type="hidden" name="answered" value="1" />
              {answerEntries(letter, answers, question).map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
              <LetterQuestion
                question={question}
                value={date ? '' : (answers[question] ?? '')}
                dateParts={date?.parts ?? { day: '', month: '', year: '' }}
                error={message}
                errorParts={errorParts}
                councils={loaded.councils}
                advisers={loaded.advisers}
              />
              <button type="submit" className="govuk-button">
                {tf('continue')}
              </button>
            </form>
          </div>
        </div>
      </main>
    </>
  )
}
