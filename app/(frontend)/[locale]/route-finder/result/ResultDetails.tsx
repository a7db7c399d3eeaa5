import { getTranslations } from 'next-intl/server'

import { DateInput } from '@/components/DateInput'

import type { Locale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'
import type { RouteFinderResult } from '@/lib/routeFinder'

const CERTIFICATE_KEY = {
  true: 'certificateTrue',
  false: 'certificateFalse',
  null: 'certificateNull',
}

/** Whether a certificate is needed, the time limits that apply, and the notes explained. */
export async function ResultDetails({
  locale,
  result,
}: {
  locale: Locale
  result: RouteFinderResult
}) {
  const t = await getTranslations({ locale, namespace: 'RouteFinder' })
  const tc = await getTranslations({ locale, namespace: 'DeadlineCalculator' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  return (
    <>
      <h2 className="govuk-heading-l">{t('certificateHeading')}</h2>
      <p className="govuk-body">{t(CERTIFICATE_KEY[`${result.certificateRequired}`])}</p>
      {result.deadlines.length > 0 && (
        <>
          <h2 className="govuk-heading-l">{t('deadlinesHeading')}</h2>
          <p className="govuk-body">{t('deadlinesLead')}</p>
          <ul className="govuk-list govuk-list--bullet">
            {result.deadlines.map((id) => (
              <li key={id}>{t(`deadlines.${id}`)}</li>
            ))}
          </ul>
          {/* A GET form into the calculator, so the decision date arrives filled in. */}
          <form
            action={localeHref(locale, 'deadline-calculator')}
            method="get"
            className="app-no-print"
          >
            <DateInput
              name="decision"
              legend={tc('decisionLegend')}
              hint={tc('decisionHint')}
              value={{ day: '', month: '', year: '' }}
              labels={{ day: tf('day'), month: tf('month'), year: tf('year'), error: tf('error') }}
            />
            <button type="submit" className="govuk-button govuk-button--secondary">
              {t('calculatorLink')}
            </button>
          </form>
        </>
      )}
      {result.notes.length > 0 && (
        <>
          <h2 className="govuk-heading-l">{t('notesHeading')}</h2>
          <ul className="govuk-list govuk-list--bullet govuk-list--spaced">
            {result.notes.map((note) => (
              <li key={note}>{t(`notes.${note}`)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
