import { getTranslations } from 'next-intl/server'

import { ErrorMessage } from '@/components/ErrorSummary'
import type { Locale } from '@/i18n/locales'
import { APPEAL_ABOUT, type AppealAbout } from '@/lib/deadlines'

type Props = { locale: Locale; value: AppealAbout; error?: string }

/**
 * "What is the appeal about?": an appeal about section I only needs no mediation certificate
 * (CFA 2014, s55(3)), so its time limit is 2 months from the decision. Plain GOV.UK radios in the
 * GET form, so it works without JavaScript; the server checks the value (validateDeadlineInput).
 */
export async function AppealAboutRadios({ locale, value, error }: Props) {
  const t = await getTranslations({ locale, namespace: 'DeadlineCalculator' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  const describedBy = ['appealAbout-hint', error && 'appealAbout-error'].filter(Boolean).join(' ')
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          {t('appealAboutLegend')}
        </legend>
        <div id="appealAbout-hint" className="govuk-hint">
          {t('appealAboutHint')}
        </div>
        {error && <ErrorMessage id="appealAbout-error" prefix={tf('error')} text={error} />}
        <div className="govuk-radios">
          {APPEAL_ABOUT.map((choice, index) => {
            // The first radio carries the group's id so the error summary can link to it.
            const id = index === 0 ? 'appealAbout' : `appealAbout-${choice}`
            return (
              <div key={choice} className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={id}
                  name="appealAbout"
                  type="radio"
                  value={choice}
                  defaultChecked={value === choice}
                  aria-describedby={`${id}-item-hint`}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {t(`appealAbout.${choice}.label`)}
                </label>
                <div id={`${id}-item-hint`} className="govuk-hint govuk-radios__hint">
                  {t(`appealAbout.${choice}.hint`)}
                </div>
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}
