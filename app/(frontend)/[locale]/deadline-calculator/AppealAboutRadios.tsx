import { getTranslations } from 'next-intl/server'

import { Radios } from '@/components/govuk'
import { APPEAL_ABOUT, type AppealAbout } from '@/lib/deadlines'

type Props = { value: AppealAbout; error?: string }

/**
 * "What is the appeal about?": an appeal about section I only needs no mediation certificate
 * (CFA 2014, s55(3)), so its time limit is 2 months from the decision. Plain GOV.UK radios in the
 * GET form, so it works without JavaScript; the server checks the value (validateDeadlineInput).
 */
export async function AppealAboutRadios({ value, error }: Props) {
  const t = await getTranslations('DeadlineCalculator')
  const tf = await getTranslations('Forms')
  // The first radio carries the group's id so the error summary can link to it.
  return (
    <Radios
      name="appealAbout"
      fieldset={{
        legend: { text: t('appealAboutLegend'), classes: 'govuk-fieldset__legend--m' },
      }}
      hint={{ text: t('appealAboutHint') }}
      errorMessage={error ? { text: error, visuallyHiddenText: tf('error') } : undefined}
      value={value}
      items={APPEAL_ABOUT.map((choice, index) => ({
        value: choice,
        id: index === 0 ? 'appealAbout' : `appealAbout-${choice}`,
        text: t(`appealAbout.${choice}.label`),
        hint: { text: t(`appealAbout.${choice}.hint`) },
      }))}
    />
  )
}
