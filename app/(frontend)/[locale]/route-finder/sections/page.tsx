import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound, redirect } from 'next/navigation'

import { ChoiceQuestion } from '@/components/ChoiceQuestion'
import { isLocale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'
import { PLAN_SECTIONS } from '@/lib/routeFinder'
import {
  answersQuery,
  NOT_SURE,
  readAnswers,
  takesSections,
  UNSURE_SECTIONS,
} from '@/lib/routeFinder/steps'
import { ROUTES } from '@/lib/routes/publicRoutes'

import { questionMetadata, QuestionForm } from '../QuestionForm'

type Props = PageProps<'/[locale]/route-finder/sections'>

async function load({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const answers = readAnswers(await searchParams)
  const hasAnswer = answers.sections.length > 0 || answers.sectionsUnsure
  return { locale, answers, hasError: answers.answered && !hasAnswer }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, hasError } = await load(props)
  const t = await getTranslations({ locale, namespace: 'RouteFinder' })
  return questionMetadata(locale, ROUTES.routeFinderSections, t('sectionsQuestion'), hasError)
}

/** Question 2 (plan contents or plan not delivered only): which plan sections. */
export default async function SectionsQuestion(props: Props) {
  const { locale, answers, hasError } = await load(props)
  setRequestLocale(locale)
  const { about } = answers
  if (!about || !takesSections(about)) {
    // Reached without a situation that has sections (an old link): go to the right question.
    const step = about && about !== NOT_SURE ? ROUTES.routeFinderAge : ROUTES.routeFinder
    redirect(localeHref(locale, step) + answersQuery({ about }))
  }
  if (answers.answered && !hasError) {
    // Chosen sections win over "not sure"; "not sure" alone stands for the education sections.
    const unsure = answers.sections.length === 0
    const sections = unsure ? UNSURE_SECTIONS[about] : answers.sections
    redirect(
      localeHref(locale, ROUTES.routeFinderAge) +
        answersQuery({ about, sections, sectionsUnsure: unsure }),
    )
  }
  const t = await getTranslations({ locale, namespace: 'RouteFinder' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  const error = hasError ? t('errors.sections') : undefined
  return (
    <QuestionForm
      action={localeHref(locale, ROUTES.routeFinderSections)}
      backHref={localeHref(locale, ROUTES.routeFinder) + answersQuery({ about })}
      error={error ? { href: '#sections', text: error } : undefined}
      hidden={{ about }}
    >
      <ChoiceQuestion
        type="checkbox"
        name="sections"
        question={t('sectionsQuestion')}
        hint={t('sectionsHint')}
        error={error}
        errorPrefix={tf('error')}
        choices={PLAN_SECTIONS.map((value) => ({ value, label: t(`sections.${value}`) }))}
        alternative={{ value: NOT_SURE, label: tf('notSure'), or: tf('or') }}
        checked={answers.sectionsUnsure ? [NOT_SURE] : answers.sections}
      />
    </QuestionForm>
  )
}
