import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { BreadcrumbJsonLd } from '@/components/JsonLd'
import { DateInput } from '@/components/DateInput'
import { ErrorSummary } from '@/components/ErrorSummary'
import { NotLegalAdvice } from '@/components/NotLegalAdvice'
import { SenTeamContact } from '@/components/SenTeamContact'
import { deadlineErrorMessage } from '@/lib/deadlines/api'
import { translator } from '@/lib/api/translator'
import type { DeadlineInputField } from '@/lib/deadlines'
import { localeHref } from '@/lib/localeHref'
import { namespaceMetadata } from '@/lib/metadata'
import { pageLocale } from '@/i18n/pageLocale'
import { getCalendar } from '@/lib/deadlines/calendarQuery'
import { evaluateCalculator, markedParts, type FormError } from '@/lib/deadlines/calculatorForm'
import { toResult } from '@/lib/forms/resultAnchor'
import { ROUTES } from '@/lib/routes/publicRoutes'

import { AppealAboutRadios } from './AppealAboutRadios'
import { LegalBasis } from './LegalBasis'
import { Timeline } from './Timeline'

type Props = PageProps<'/[locale]/deadline-calculator'>

const PATH = ROUTES.deadlineCalculator

async function load({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const state = evaluateCalculator(await searchParams, await getCalendar())
  return { locale, state }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, state } = await load(props)
  return namespaceMetadata({
    locale,
    path: PATH,
    namespace: 'DeadlineCalculator',
    hasError: state.errors.length > 0,
  })
}

const LEGENDS = {
  decision: ['decisionLegend', 'decisionHint'],
  certificate: ['certificateLegend', 'certificateHint'],
  adviserTold: ['adviserToldLegend', 'optionalHint'],
  councilTold: ['councilToldLegend', 'optionalHint'],
  mediationEnded: ['mediationEndedLegend', 'optionalHint'],
} as const satisfies Record<DeadlineInputField, readonly [string, string]>

// In the order things happen: no mediation, or asking for it and then it ending.
const MEDIATION_FIELDS: DeadlineInputField[] = ['adviserTold', 'councilTold', 'mediationEnded']

export default async function DeadlineCalculatorPage(props: Props) {
  const { locale, state } = await load(props)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'DeadlineCalculator' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  const td = await getTranslations({ locale, namespace: 'Deadlines' })
  const tl = await getTranslations({ locale, namespace: 'EhcTimeline' })
  const translateDeadlines = await translator(locale, 'Deadlines')
  const calendar = await getCalendar()

  const message = (error: FormError) => {
    const label = td(`fields.${error.field}` as never)
    if (error.kind !== 'rule') return t(error.kind, { label })
    return deadlineErrorMessage(error.error, translateDeadlines, locale, calendar)
  }
  const errorFor = (field: DeadlineInputField | 'appealAbout') =>
    state.errors.find((e) => e.field === field)
  // GOV.UK date input: the summary links to the first wrong box, not always the day.
  const summary = state.errors.map((error) => {
    const href =
      error.field === 'appealAbout' ? '#appealAbout' : `#${error.field}-${markedParts(error)[0]}`
    return { href, text: message(error) }
  })
  const dateInput = (field: DeadlineInputField) => {
    const error = errorFor(field)
    const [legend, hint] = LEGENDS[field]
    return (
      <DateInput
        key={field}
        name={field}
        legend={t(legend)}
        hint={t(hint)}
        value={state.values[field]}
        error={error && message(error)}
        errorParts={error && markedParts(error)}
        labels={{ day: tf('day'), month: tf('month'), year: tf('year'), error: tf('error') }}
      />
    )
  }

  return (
    <main className="govuk-main-wrapper" id="main-content">
      <BreadcrumbJsonLd trail={[{ label: t('title'), path: ROUTES.deadlineCalculator }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary title={tf('errorSummaryTitle')} items={summary} />
          <h1 className="govuk-heading-xl">{t('title')}</h1>
          <p className="govuk-body-l">{t('lead')}</p>
          <NotLegalAdvice />
          <p className="govuk-body app-no-print">
            {tl('fromCalculator')}{' '}
            <a className="govuk-link" href={localeHref(locale, ROUTES.ehcTimeline)}>
              {tl('calculatorLink')}
            </a>
          </p>
          {state.timeline.length > 0 && (
            <>
              <Timeline state={state} translate={translateDeadlines} />
              <SenTeamContact lead />
            </>
          )}
          {/* Late is not the end (HESC r5(3)(a)); the appeal's own entry says it when shown. */}
          {!state.timeline.some((entry) => entry.key === 'appeal') && (
            <div className="govuk-inset-text">
              <p className="govuk-body">{td('lateAppeal')}</p>
              <LegalBasis t={t} td={td} lateAppeal />
            </div>
          )}
          {/* #result: the browser scrolls to the answer on arrival, with or without JavaScript. */}
          <form
            method="get"
            action={toResult(localeHref(locale, PATH))}
            noValidate
            className="app-no-print"
          >
            {dateInput('decision')}
            <AppealAboutRadios
              value={state.appealAbout}
              error={errorFor('appealAbout') && message(errorFor('appealAbout')!)}
            />
            {dateInput('certificate')}
            <h2 className="govuk-heading-l">{t('mediationHeading')}</h2>
            {MEDIATION_FIELDS.map(dateInput)}
            <button type="submit" className="govuk-button">
              {t('submit')}
            </button>
          </form>
        </div>
      </div>
    </main>
  )
}
