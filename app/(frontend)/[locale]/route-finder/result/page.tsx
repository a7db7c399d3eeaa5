import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound, redirect } from 'next/navigation'

import { BackLink } from '@/components/BackLink'
import { NotLegalAdvice } from '@/components/NotLegalAdvice'
import { SenTeamContact } from '@/components/SenTeamContact'
import { isLocale } from '@/i18n/locales'
import { presentResult } from '@/lib/routeFinder/api'
import { translator } from '@/lib/api/translator'
import { localeHref } from '@/lib/localeHref'
import { pageMetadata } from '@/lib/metadata'
import { getRouteTexts } from '@/lib/routeFinder/texts/query'
import { findRoutes, parseRouteFinderQuery } from '@/lib/routeFinder'
import { answersQuery, NOT_SURE, readAnswers } from '@/lib/routeFinder/steps'
import { ROUTES } from '@/lib/routes/publicRoutes'

import { CouncilServices } from './CouncilServices'
import { ResultDetails } from './ResultDetails'

type Props = PageProps<'/[locale]/route-finder/result'>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'RouteFinder' })
  const title = t('resultTitle')
  return pageMetadata({
    locale,
    path: ROUTES.routeFinderResult,
    title,
    description: t('description'),
  })
}

export default async function RouteFinderResultPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const search = await searchParams
  const answers = readAnswers(search)
  // "Not sure" is an answer too: the rules then say we cannot tell yet, never "no appeal".
  const parsed = parseRouteFinderQuery({
    about: search.about,
    sections: search.sections,
    age: search.age,
    plan: search.plan,
    year11: search.year11,
  })
  // An incomplete or edited link: start the questions again rather than guess.
  if (!parsed.ok) redirect(localeHref(locale, ROUTES.routeFinder))
  const result = findRoutes(parsed.value)
  const t = await getTranslations({ locale, namespace: 'RouteFinder' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  const translate = await translator(locale, 'RouteFinder')
  const body = presentResult(result, await getRouteTexts(locale), locale, translate)
  const { routes } = body
  const back =
    answers.about === NOT_SURE
      ? localeHref(locale, ROUTES.routeFinder) + answersQuery({ about: NOT_SURE })
      : localeHref(locale, ROUTES.routeFinderAge) + answersQuery(answers)

  return (
    <>
      <BackLink href={back} label={tf('back')} />
      <main className="govuk-main-wrapper" id="main-content">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h1 className="govuk-heading-xl">{t('resultTitle')}</h1>
            <p className="govuk-body-l">{t('resultLead')}</p>
            {answers.about === NOT_SURE && <p className="govuk-inset-text">{t('notSureAbout')}</p>}
            {answers.sectionsUnsure && (
              <p className="govuk-inset-text">
                {t('notSureSections', { sections: answers.sections.join(', ') })}
              </p>
            )}
            <ol className="app-route-list">
              {routes.map((route) => (
                <li key={route.id} className="app-route-list__item">
                  <h2 className="govuk-heading-m govuk-!-margin-bottom-1">
                    <a className="govuk-link" href={route.href}>
                      {route.title}
                    </a>
                  </h2>
                  <p className="govuk-body">{route.summary}</p>
                  {route.deadline && (
                    <p className="govuk-body govuk-!-font-weight-bold">
                      {t('timeLimit', { limit: route.deadline })}
                    </p>
                  )}
                </li>
              ))}
            </ol>
            <ResultDetails body={body} />
            <CouncilServices search={search} />
            <SenTeamContact lead />
            <NotLegalAdvice />
            <p className="govuk-body app-no-print">
              <a className="govuk-link" href={back}>
                {tf('changeAnswers')}
              </a>
            </p>
            <p className="govuk-body app-no-print">
              <a className="govuk-link" href={localeHref(locale, ROUTES.routeFinder)}>
                {tf('startAgain')}
              </a>
            </p>
          </div>
        </div>
      </main>
    </>
  )
}
