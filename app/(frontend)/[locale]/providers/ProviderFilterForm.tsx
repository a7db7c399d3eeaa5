import { getLocale, getTranslations } from 'next-intl/server'

import { CouncilSelect } from '@/components/CouncilSelect'
import { Checkboxes } from '@/components/govuk'
import { localeHref } from '@/lib/localeHref'
import { PROVIDER_KINDS, type ProviderKind } from '@/lib/providers/options'
import type { Council } from '@/lib/providers/queries'
import { ROUTES } from '@/lib/routes/publicRoutes'

type Props = {
  councils: Council[]
  councilCode: string
  kinds: ProviderKind[]
  councilError?: string
}

/** A GET form, so it works without JavaScript and the choice can be bookmarked and shared. */
export async function ProviderFilterForm({ councils, councilCode, kinds, councilError }: Props) {
  const locale = await getLocale()
  const t = await getTranslations('Providers')
  return (
    <form method="get" action={localeHref(locale, ROUTES.providers)} noValidate>
      <CouncilSelect councils={councils} councilCode={councilCode} error={councilError} />
      <Checkboxes
        name="kind"
        fieldset={{ legend: { text: t('kindLegend'), classes: 'govuk-fieldset__legend--m' } }}
        hint={{ text: t('kindHint') }}
        classes="govuk-checkboxes--small"
        values={kinds}
        items={PROVIDER_KINDS.map((kind) => ({
          value: kind,
          id: `kind-${kind}`,
          text: t(`kinds.${kind}`),
        }))}
      />
      <button type="submit" className="govuk-button">
        {t('submit')}
      </button>
    </form>
  )
}
