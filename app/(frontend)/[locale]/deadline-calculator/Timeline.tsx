import { getLocale, getTranslations } from 'next-intl/server'

import { presentDeadline } from '@/lib/deadlines/api'
import { formatDate } from '@/i18n/dates'
import type { Translate } from '@/lib/api/translator'
import { localeHref } from '@/lib/localeHref'
import type { CalculatorState } from '@/lib/deadlines/calculatorForm'
import { RESULT_ID } from '@/lib/forms/resultAnchor'
import { ROUTES } from '@/lib/routes/publicRoutes'

import { LegalBasis } from './LegalBasis'
import { DeadlineCaveats } from './DeadlineCaveats'

type Props = { state: CalculatorState; translate: Translate }

/**
 * The deadlines in date order. Each headlines its safe date (the last day that is safe under every
 * reading of the rules); a later, unsettled reading is shown beneath it as "may be later", never
 * as the headline. The appeal says "by 5pm" (HESC r12(1)) and that a late appeal can still be
 * accepted (r5(3)(a)).
 */
export async function Timeline({ state, translate }: Props) {
  const locale = await getLocale()
  const t = await getTranslations('DeadlineCalculator')
  const td = await getTranslations('Deadlines')
  const query: Record<string, string> = { ...state.iso, locale }
  if (state.appealAbout !== 'any') query.appealAbout = state.appealAbout
  const icsQuery = new URLSearchParams(query)
  return (
    <section aria-labelledby="results-heading" className="app-deadlines" id={RESULT_ID}>
      <h2 className="govuk-heading-l" id="results-heading">
        {t('resultsHeading')}
      </h2>
      <p className="govuk-body">{t('resultsLead')}</p>
      <ol className="app-timeline">
        {state.timeline.map(({ key, result }) => {
          const presented = presentDeadline(result, translate, locale)
          const date = (
            <time dateTime={result.date}>{formatDate(result.date, locale, 'weekdayDate')}</time>
          )
          return (
            <li key={key} className="app-timeline__item">
              <h3 className="govuk-heading-m govuk-!-margin-bottom-1">
                {translate(`titles.${key}`)}
              </h3>
              <p className="govuk-body-l govuk-!-font-weight-bold govuk-!-margin-bottom-2">
                {key === 'appeal' ? t.rich('by5pm', { date: () => date }) : date}
              </p>
              <p className="govuk-body">
                <strong>{t('why')}:</strong> {presented.rule}
              </p>
              {presented.adjusted && (
                <p className="govuk-body">
                  <strong>{t('moved')}:</strong> {presented.adjusted}
                </p>
              )}
              <DeadlineCaveats
                mayBeLater={t('mayBeLater')}
                laterReading={presented.laterReading}
                warnings={presented.warnings}
              />
              {presented.lateAppeal && (
                <p className="govuk-body">
                  <strong>{t('late')}:</strong> {presented.lateAppeal}
                </p>
              )}
              <LegalBasis
                t={t}
                td={td}
                basis={presented.legalBasis}
                lateAppeal={!!presented.lateAppeal}
              />
            </li>
          )
        })}
      </ol>
      <p className="govuk-body app-no-print">
        <a className="govuk-link" href={`/api/deadlines/ics?${icsQuery}`} download>
          {t('addToCalendar')}
        </a>
      </p>
      <p className="govuk-body app-no-print">{t('printHint')}</p>
      <p className="govuk-body app-no-print">
        <a className="govuk-link" href={localeHref(locale, ROUTES.deadlineCalculator)}>
          {t('clear')}
        </a>
      </p>
    </section>
  )
}
