import { getTranslations } from 'next-intl/server'

import { ErrorMessage } from '@/components/ErrorSummary'
import type { Locale } from '@/i18n/locales'
import { groupByRegion } from '@/lib/providers/filter'
import { REGIONS } from '@/lib/providers/options'
import type { Council } from '@/lib/providers/queries'

type Props = { locale: Locale; councils: Council[]; councilCode: string; error?: string }

/** "Your council": the 153 councils grouped by region, named `council` in any GET form. */
export async function CouncilSelect({ locale, councils, councilCode, error }: Props) {
  const t = await getTranslations({ locale, namespace: 'Providers' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  const describedBy = ['council-hint', error ? 'council-error' : ''].filter(Boolean)
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--m" htmlFor="council">
        {t('councilLabel')}
      </label>
      <div id="council-hint" className="govuk-hint">
        {t('councilHint')}
      </div>
      {error && <ErrorMessage id="council-error" prefix={tf('error')} text={error} />}
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id="council"
        name="council"
        defaultValue={councilCode}
        aria-describedby={describedBy.join(' ')}
      >
        <option value="">{t('allCouncils')}</option>
        {groupByRegion(councils, REGIONS).map((group) => (
          // Region names are proper nouns of English geography; they stay in English.
          <optgroup key={group.region} label={group.region} lang="en">
            {group.councils.map((council) => (
              <option key={council.code} value={council.code}>
                {council.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  )
}
