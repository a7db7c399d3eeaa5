import { getLocale, getTranslations } from 'next-intl/server'

import { DateInput } from '@/components/DateInput'
import type { RouteFinderBody } from '@/lib/routeFinder/api'
import { localeHref } from '@/lib/localeHref'
import { ROUTES } from '@/lib/routes/publicRoutes'

/**
 * Whether an appeal and a certificate apply, the time limits and the notes explained: the same
 * sentences the API returns, so other sites show the same caveats.
 */
export async function ResultDetails({ body }: { body: RouteFinderBody }) {
  const locale = await getLocale()
  const t = await getTranslations('RouteFinder')
  const tc = await getTranslations('DeadlineCalculator')
  const tf = await getTranslations('Forms')
  // When we cannot tell whether there is an appeal, the time limits "may" apply.
  const lead = body.appeal.status === 'unknown' ? 'deadlinesLeadMaybe' : 'deadlinesLead'
  return (
    <>
      <h2 className="govuk-heading-l">{t('certificateHeading')}</h2>
      <p className="govuk-body">{body.appeal.text}</p>
      {body.deadlines.length > 0 && (
        <>
          <h2 className="govuk-heading-l">{t('deadlinesHeading')}</h2>
          <p className="govuk-body">{t(lead)}</p>
          <ul className="govuk-list govuk-list--bullet">
            {body.deadlines.map(({ id, text }) => (
              <li key={id}>{text}</li>
            ))}
          </ul>
          {/* A GET form into the calculator, so the decision date arrives filled in. */}
          <form
            action={localeHref(locale, ROUTES.deadlineCalculator)}
            method="get"
            className="app-no-print"
          >
            {/* Section I only needs no certificate (CFA s55(3)): the calculator gives no extension. */}
            {body.certificateRequired === false && (
              <input type="hidden" name="appealAbout" value="placement-only" />
            )}
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
      {body.notes.length > 0 && (
        <>
          <h2 className="govuk-heading-l">{t('notesHeading')}</h2>
          <ul className="govuk-list govuk-list--bullet govuk-list--spaced">
            {body.notes.map(({ id, text, href, legalBasis }) => (
              <li key={id}>
                {text}
                {href && (
                  <>
                    {' '}
                    <a className="govuk-link" href={href}>
                      {t('noteCalculatorLink')}
                    </a>
                  </>
                )}
                <br />
                {/* Citations are English in every language, isolated so they read left to right. */}
                <span className="govuk-body-s app-secondary-text">
                  {t('legalBasisLabel')}{' '}
                  <bdi lang="en" dir="ltr">
                    {legalBasis}
                  </bdi>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
