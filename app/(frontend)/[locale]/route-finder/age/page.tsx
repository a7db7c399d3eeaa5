import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound, redirect } from 'next/navigation'

import { ChoiceQuestion } from '@/components/ChoiceQuestion'
import { isLocale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'
import {
  AGE_BANDS,
  answersFromBand,
  answersQuery,
  bandFromAnswers,
  NOT_SURE,
  needsAge,
  readAnswers,
  stepBeforeAge,
  takesSections,
} from '@/lib/routeFinder/steps'
import { ROUTES } from '@/lib/routes/publicRoutes'

import { questionMetadata, QuestionForm } from '../QuestionForm'

type Props = PageProps<'/[locale]/route-finder/age'>

async function load({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const search = await searchParams
  const answers = readAnswers(search)
  const band = typeof search.age === 'string' ? search.age : undefined
  // "I'd rather not say" is only offered when the routes do not depend on the age.
  const valid =
    answersFromBand(band) !== undefined || (band === NOT_SURE && !needsAge(answers.about))
  return { locale, answers, band, hasError: answers.answered && !valid }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, hasError } = await load(props)
  const t = await getTranslations({ locale, namespace: 'RouteFinder' })
  return questionMetadata(locale, ROUTES.routeFinderAge, t('ageQuestion'), hasError)
}

/**
 * The last question: whether Year 11 is over decides who holds the rights (CFA s83(2): the end of
 * compulsory school age, not the 16th birthday); 18 decides which social care applies.
 */
export default async function AgeQuestion(props: Props) {
  const { locale, answers, band, hasError } = await load(props)
  setRequestLocale(locale)
  const { about, sections, sectionsUnsure, plan } = answers
  if (!about || about === NOT_SURE) redirect(localeHref(locale, ROUTES.routeFinder))
  if (takesSections(about) && sections.length === 0) {
    redirect(localeHref(locale, ROUTES.routeFinderSections) + answersQuery({ about }))
  }
  if (answers.answered && !hasError) {
    redirect(
      localeHref(locale, ROUTES.routeFinderResult) +
        answersQuery({ about, sections, sectionsUnsure, plan, ...answersFromBand(band) }),
    )
  }
  const t = await getTranslations({ locale, namespace: 'RouteFinder' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  const error = hasError ? t('errors.age') : undefined
  const back = stepBeforeAge(about)
  const checked =
    band && !answers.answered ? bandFromAnswers(answers.age, answers.year11) : undefined
  return (
    <QuestionForm
      action={localeHref(locale, ROUTES.routeFinderAge)}
      backHref={localeHref(locale, back) + answersQuery({ about, sections, sectionsUnsure, plan })}
      error={error ? { href: '#age', text: error } : undefined}
      hidden={{
        about,
        sections: sections.join(',') || undefined,
        unsure: sectionsUnsure ? 'sections' : undefined,
        plan,
      }}
    >
      <ChoiceQuestion
        type="radio"
        name="age"
        question={t('ageQuestion')}
        hint={t('ageHint')}
        error={error}
        errorPrefix={tf('error')}
        choices={AGE_BANDS.map((value) => ({ value, label: t(`ages.${value}`) }))}
        alternative={
          needsAge(about) ? undefined : { value: NOT_SURE, label: t('ages.not-sure'), or: tf('or') }
        }
        checked={checked ? [checked] : []}
      />
    </QuestionForm>
  )
}
