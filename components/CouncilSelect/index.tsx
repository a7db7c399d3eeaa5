import { getTranslations } from 'next-intl/server'

import { Select } from '@/components/govuk'
import type { Locale } from '@/i18n/locales'
import { groupByRegion } from '@/lib/providers/filter'
import { REGIONS } from '@/lib/providers/options'
import type { Council } from '@/lib/providers/queries'

type Props = { locale: Locale; councils: Council[]; councilCode: string; error?: string }

/** "Your council": the 153 councils grouped by region, named `council` in any GET form. */
export async function CouncilSelect({ locale, councils, councilCode, error }: Props) {
  const t = await getTranslations({ locale, namespace: 'Providers' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  return (
    <Select
      id="council"
      name="council"
      label={{ text: t('councilLabel'), classes: 'govuk-label--m' }}
      hint={{ text: t('councilHint') }}
      errorMessage={error ? { text: error, visuallyHiddenText: tf('error') } : undefined}
      value={councilCode}
      items={[
        { value: '', text: t('allCouncils') },
        // Region names are proper nouns of English geography; they stay in English.
        ...groupByRegion(councils, REGIONS).map((group) => ({
          label: group.region,
          lang: 'en',
          items: group.councils.map((council) => ({ value: council.code, text: council.name })),
        })),
      ]}
    />
  )
}
