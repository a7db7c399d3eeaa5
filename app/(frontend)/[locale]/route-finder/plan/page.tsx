import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound, redirect } from 'next/navigation'

import { ChoiceQuestion } from '@/components/ChoiceQuestion'
import { isLocale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'
import { PLAN_STATUSES } from '@/lib/routeFinder'
import { answersQuery, NOT_SURE, readAnswers, takesPlan } from '@/lib/routeFinder/steps'
import { ROUTES } from '@/lib/routes/publicRoutes'

import { questionMetadata, QuestionForm } from '../QuestionForm'

type Props = PageProps<'/[locale]/route-finder/plan'>

async function load({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const search = await searchParams
  const answers = readAnswers(search)
  const unsure = search.plan === NOT_SURE
  const hasAnswer = answers.plan !== undefined || unsure
  return { locale, answers, unsure, hasError: answers.answered && !hasAnswer }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, hasError } = await load(props)
  const t = await getTranslations({ locale, namespace: 'RouteFinder' })
  return questionMetadata(locale, ROUTES.routeFinderPlan, t('planQuestion'), hasError)
}

/**
 * Question 2 for a refused health service: whether there is an EHC plan. With one, therapy that
 * educates or trains belongs in section F and can be appealed (CFA s21(5), s42(2), s51).
 * "Not sure" carries no answer forward, and the result says the appeal depends on the plan.
 */
export default async function PlanQuestion(props: Props) {
  const { locale, answers, unsure, hasError } = await load(props)
  setRequestLocale(locale)
  const { about, plan } = answers
  if (!about || !takesPlan(about)) {
    const step = about && about !== NOT_SURE ? ROUTES.routeFinderAge : ROUTES.routeFinder
    redirect(localeHref(locale, step) + answersQuery({ about }))
  }
  if (answers.answered && !hasError) {
    redirect(localeHref(locale, ROUTES.routeFinderAge) + answersQuery({ about, plan }))
  }
  const t = await getTranslations({ locale, namespace: 'RouteFinder' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  const error = hasError ? t('errors.plan') : undefined
  return (
    <QuestionForm
      action={localeHref(locale, ROUTES.routeFinderPlan)}
      backHref={localeHref(locale, ROUTES.routeFinder) + answersQuery({ about })}
      error={error ? { href: '#plan', text: error } : undefined}
      hidden={{ about }}
    >
      <ChoiceQuestion
        type="radio"
        name="plan"
        question={t('planQuestion')}
        hint={t('planHint')}
        error={error}
        errorPrefix={tf('error')}
        choices={PLAN_STATUSES.map((value) => ({ value, label: t(`plans.${value}`) }))}
        alternative={{ value: NOT_SURE, label: tf('notSure'), or: tf('or') }}
        checked={plan ? [plan] : unsure ? [NOT_SURE] : []}
      />
    </QuestionForm>
  )
}
