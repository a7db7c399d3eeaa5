import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound, redirect } from 'next/navigation'

import { ChoiceQuestion } from '@/components/ChoiceQuestion'
import { isLocale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'
import { SITUATIONS } from '@/lib/routeFinder'
import { answersQuery, NOT_SURE, readAnswers, stepAfterAbout } from '@/lib/routeFinder/steps'
import { ROUTES } from '@/lib/routes/publicRoutes'

import { questionMetadata, QuestionForm } from './QuestionForm'

type Props = PageProps<'/[locale]/route-finder'>

async function load({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const answers = readAnswers(await searchParams)
  return { locale, answers, hasError: answers.answered && !answers.about }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, hasError } = await load(props)
  const t = await getTranslations({ locale, namespace: 'RouteFinder' })
  return questionMetadata(locale, ROUTES.routeFinder, t('aboutQuestion'), hasError)
}

/** Question 1: what the disagreement is about. */
export default async function RouteFinderStart(props: Props) {
  const { locale, answers, hasError } = await load(props)
  setRequestLocale(locale)
  if (answers.answered && answers.about) {
    const step = stepAfterAbout(answers.about)
    redirect(
      localeHref(locale, `${ROUTES.routeFinder}/${step}`) + answersQuery({ about: answers.about }),
    )
  }
  const t = await getTranslations({ locale, namespace: 'RouteFinder' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  const error = hasError ? t('errors.about') : undefined
  return (
    <QuestionForm
      action={localeHref(locale, ROUTES.routeFinder)}
      backHref={localeHref(locale)}
      error={error ? { href: '#about', text: error } : undefined}
      hidden={{}}
    >
      <ChoiceQuestion
        type="radio"
        name="about"
        question={t('aboutQuestion')}
        hint={t('aboutHint')}
        error={error}
        errorPrefix={tf('error')}
        choices={SITUATIONS.map((value) => ({ value, label: t(`situations.${value}`) }))}
        alternative={{ value: NOT_SURE, label: tf('notSure'), or: tf('or') }}
        checked={answers.about ? [answers.about] : []}
      />
    </QuestionForm>
  )
}
