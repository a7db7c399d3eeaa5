import { getTranslations } from 'next-intl/server'

import { Select } from '@/components/govuk'
import { groupByRegion } from '@/lib/providers/filter'
import { REGIONS } from '@/lib/providers/options'
import type { Council } from '@/lib/providers/queries'

type Props = { councils: Council[]; councilCode: string; error?: string }

/** "Your council": the 153 councils grouped by region, named `council` in any GET form. */
export async function CouncilSelect({ councils, councilCode, error }: Props) {
  const t = await getTranslations('Providers')
  const tf = await getTranslations('Forms')
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
