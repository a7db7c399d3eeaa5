import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { DateInput } from '@/components/DateInput'
import { ErrorSummary, Radios } from '@/components/govuk'
import { BreadcrumbJsonLd } from '@/components/JsonLd'
import { NotLegalAdvice } from '@/components/NotLegalAdvice'
import { SenTeamContact } from '@/components/SenTeamContact'
import type { Locale } from '@/i18n/locales'
import { formatDate, todayInEngland } from '@/i18n/dates'
import { translator } from '@/lib/api/translator'
import { localeHref } from '@/lib/localeHref'
import { namespaceMetadata } from '@/lib/metadata'
import { pageLocale } from '@/i18n/pageLocale'
import { getCalendar } from '@/lib/deadlines/calendarQuery'
import { RESULT_ID, toResult } from '@/lib/forms/resultAnchor'
import {
  evaluateTimeline,
  NEXT_STAGES,
  TIMELINE_STAGES,
  type TimelineError,
  type TimelineState,
} from '@/lib/deadlines/timelineForm'
import { ROUTES } from '@/lib/routes/publicRoutes'

import { TimelineEntryItem } from './TimelineEntryItem'

type Props = PageProps<'/[locale]/deadline-calculator/timeline'>

const PATH = ROUTES.ehcTimeline

async function load({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const state = evaluateTimeline(await searchParams, await getCalendar())
  return { locale, state }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, state } = await load(props)
  return namespaceMetadata({
    locale,
    path: PATH,
    namespace: 'EhcTimeline',
    hasError: state.errors.length > 0,
  })
}

/** The API parameters for the stage's clocks: 'decision' is the appeal calculator's own. */
function apiQuery(state: TimelineState, locale: Locale): string {
  return new URLSearchParams({ [state.stage!]: state.iso!, locale }).toString()
}

/**
 * "Your EHC timeline": the family says what happened last and when (a GET form, so it works
 * without JavaScript and the address can be shared); the page shows where they are, every clock
 * that starts then with who must act and the law, and the stages that can follow.
 */
export default async function EhcTimelinePage(props: Props) {
  const { locale, state } = await load(props)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'EhcTimeline' })
  const tc = await getTranslations({ locale, namespace: 'DeadlineCalculator' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  const te = await getTranslations({ locale, namespace: 'EhcDeadlines' })
  const translateDeadlines = await translator(locale, 'Deadlines')
  const calendar = await getCalendar()
  const today = todayInEngland()

  const message = (error: TimelineError) => {
    if (error.field === 'stage') return t('stageRequired')
    const label = t('dateLabel')
    if (error.kind === 'out-of-range') {
      return te('errors.out-of-range', {
        label,
        from: formatDate(calendar.coverage.from, locale, 'weekdayDate'),
        to: formatDate(calendar.coverage.to, locale, 'weekdayDate'),
      })
    }
    return tc(error.kind, { label })
  }
  const stageError = state.errors.find((error) => error.field === 'stage')
  const dateError = state.errors.find((error) => error.field === 'date')
  const dateParts = dateError && 'parts' in dateError ? dateError.parts : ['year' as const]
  const summary = state.errors.map((error) => ({
    href: error.field === 'stage' ? '#stage' : `#date-${dateParts[0]}`,
    text: message(error),
  }))
  const stageLabel = (stage: string) => t(`stages.${stage}.label` as never)
  const done = state.entries.length > 0

  return (
    <main className="govuk-main-wrapper" id="main-content">
      <BreadcrumbJsonLd
        trail={[
          { label: tc('title'), path: ROUTES.deadlineCalculator },
          { label: t('title'), path: PATH },
        ]}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary title={tf('errorSummaryTitle')} items={summary} />
          <h1 className="govuk-heading-xl">{t('title')}</h1>
          <p className="govuk-body-l">{t('lead')}</p>
          <NotLegalAdvice />
          {done && (
            <div id={RESULT_ID}>
              <h2 className="govuk-heading-l" id="now-heading">
                {t('nowHeading')}
              </h2>
              <dl className="govuk-summary-list">
                {[
                  [t('stageRow'), stageLabel(state.stage!), '#stage'],
                  [t('dateRow'), formatDate(state.iso!, locale, 'weekdayDate'), '#date-day'],
                  [t('todayRow'), formatDate(today, locale, 'weekdayDate'), null],
                ].map(([key, value, href]) => (
                  <div
                    className={`govuk-summary-list__row${href ? '' : ' govuk-summary-list__row--no-actions'}`}
                    key={key}
                  >
                    <dt className="govuk-summary-list__key">{key}</dt>
                    <dd className="govuk-summary-list__value">{value}</dd>
                    {href && (
                      <dd className="govuk-summary-list__actions app-no-print">
                        <a className="govuk-link" href={href}>
                          {t('change')}
                          <span className="govuk-visually-hidden"> {key}</span>
                        </a>
                      </dd>
                    )}
                  </div>
                ))}
              </dl>
              <section aria-labelledby="next-heading">
                <h2 className="govuk-heading-l" id="next-heading">
                  {t('nextHeading')}
                </h2>
                <p className="govuk-body">{t('nextLead')}</p>
                <ol className="app-timeline">
                  {state.entries.map((entry) => (
                    <TimelineEntryItem
                      key={entry.key}
                      entry={entry}
                      today={today}
                      translate={translateDeadlines}
                    />
                  ))}
                </ol>
              </section>
              {NEXT_STAGES[state.stage!].length > 0 && (
                <section aria-labelledby="then-heading" className="app-no-print">
                  <h2 className="govuk-heading-m" id="then-heading">
                    {t('thenHeading')}
                  </h2>
                  <p className="govuk-body">{t('thenLead')}</p>
                  <ul className="govuk-list govuk-list--bullet">
                    {NEXT_STAGES[state.stage!].map((next) => (
                      <li key={next}>
                        <a
                          className="govuk-link"
                          href={`${localeHref(locale, PATH)}?stage=${next}`}
                        >
                          {stageLabel(next)}
                        </a>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              <section aria-labelledby="share-heading" className="app-no-print">
                <h2 className="govuk-heading-m" id="share-heading">
                  {t('shareHeading')}
                </h2>
                <p className="govuk-body">{t('share')}</p>
                <ul className="govuk-list">
                  <li>
                    <a
                      className="govuk-link"
                      href={`/api/deadlines/ics?${apiQuery(state, locale)}`}
                      download
                    >
                      {t('ics')}
                    </a>
                  </li>
                  <li>
                    <a className="govuk-link" href={`/api/deadlines?${apiQuery(state, locale)}`}>
                      {t('json')}
                    </a>
                  </li>
                  <li>
                    <a className="govuk-link" href={localeHref(locale, PATH)}>
                      {t('clear')}
                    </a>
                  </li>
                </ul>
              </section>
              <SenTeamContact lead />
            </div>
          )}
          {/* #result: the browser scrolls to the answer on arrival, with or without JavaScript. */}
          <form
            method="get"
            action={toResult(localeHref(locale, PATH))}
            noValidate
            className="app-no-print"
          >
            <Radios
              name="stage"
              fieldset={{
                legend: {
                  text: done ? (
                    <h2 className="govuk-fieldset__heading">{t('stageLegend')}</h2>
                  ) : (
                    t('stageLegend')
                  ),
                  classes: 'govuk-fieldset__legend--m',
                },
              }}
              hint={{ text: t('stageHint') }}
              errorMessage={
                stageError
                  ? { text: message(stageError), visuallyHiddenText: tf('error') }
                  : undefined
              }
              value={state.stage}
              items={TIMELINE_STAGES.map((stage, index) => ({
                value: stage,
                id: index === 0 ? 'stage' : `stage-${stage}`,
                text: stageLabel(stage),
                hint: { text: t(`stages.${stage}.hint` as never) },
              }))}
            />
            <DateInput
              name="date"
              legend={t('dateLegend')}
              hint={t('dateHint')}
              value={state.value}
              error={dateError && message(dateError)}
              errorParts={dateError && dateParts}
              labels={{ day: tf('day'), month: tf('month'), year: tf('year'), error: tf('error') }}
            />
            <button type="submit" className="govuk-button">
              {t('submit')}
            </button>
          </form>
          <p className="govuk-body app-no-print">
            <a className="govuk-link" href={localeHref(locale, ROUTES.deadlineCalculator)}>
              {tc('title')}
            </a>
          </p>
        </div>
      </div>
    </main>
  )
}
