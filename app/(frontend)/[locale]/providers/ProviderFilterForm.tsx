import { getTranslations } from 'next-intl/server'

import { CouncilSelect } from '@/components/CouncilSelect'
import type { Locale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'
import { PROVIDER_KINDS, type ProviderKind } from '@/lib/providers/options'
import type { Council } from '@/lib/providers/queries'
import { ROUTES } from '@/lib/routes/publicRoutes'

type Props = {
  locale: Locale
  councils: Council[]
  councilCode: string
  kinds: ProviderKind[]
  councilError?: string
}

/** A GET form, so it works without JavaScript and the choice can be bookmarked and shared. */
export async function ProviderFilterForm({
  locale,
  councils,
  councilCode,
  kinds,
  councilError,
}: Props) {
  const t = await getTranslations({ locale, namespace: 'Providers' })
  return (
    <form method="get" action={localeHref(locale, ROUTES.providers)} noValidate>
      <CouncilSelect
        locale={locale}
        councils={councils}
        councilCode={councilCode}
        error={councilError}
      />
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" aria-describedby="kind-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            {t('kindLegend')}
          </legend>
          <div id="kind-hint" className="govuk-hint">
            {t('kindHint')}
          </div>
          <div className="govuk-checkboxes govuk-checkboxes--small">
            {PROVIDER_KINDS.map((kind) => (
              <div key={kind} className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={`kind-${kind}`}
                  name="kind"
                  type="checkbox"
                  value={kind}
                  defaultChecked={kinds.includes(kind)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={`kind-${kind}`}>
                  {t(`kinds.${kind}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="govuk-button">
        {t('submit')}
      </button>
    </form>
  )
}
