import { getLocale, getTranslations } from 'next-intl/server'

import { SenTeamContact } from '@/components/SenTeamContact'
import { CALLBACK_TOPICS, MESSAGE_MAX, NAME_MAX, PREFERRED_TIMES } from '@/lib/callback/options'
import { senTeamContact } from '@/lib/contact/senTeam'
import { getSiteSettings } from '@/lib/queries/siteSettings'

import type { CallbackFormLabels } from './CallbackForm.client'
import { CallbackFormLazy } from './CallbackFormLazy.client'

type Props = {
  /** The provider's slug and name; without one, requests go to the council SEN team. */
  provider?: { slug: string; name: string }
}

/**
 * "Ask for a call back", as a region people can jump to. The labels are worked out here so the
 * browser gets only plain text.
 */
export async function CallbackForm({ provider }: Props) {
  const locale = await getLocale()
  const t = await getTranslations('CallbackForm')
  const tf = await getTranslations('Forms')
  const settings = await getSiteSettings(locale)
  // A provider's name stands alone ("Anytown SENDIASS"); the SEN team's, as editors write it
  // ("Special educational needs (SEN) team"), takes an article in English (`senTeamName`).
  const senTeamName = settings.senTeam?.name
  const team =
    provider?.name ?? (senTeamName ? t('senTeamName', { team: senTeamName }) : t('councilTeam'))
  const days = settings.callbackRetentionDays
  const contact = provider ? null : senTeamContact(settings)
  const tc = await getTranslations('SenTeamContact')
  const sentContact = [
    ...(contact?.phone ? [{ label: tc('phone'), ...contact.phone }] : []),
    ...(contact?.email ? [{ label: tc('email'), ...contact.email }] : []),
  ]
  const labels: CallbackFormLabels = {
    name: t('nameLabel'),
    phone: t('phoneLabel'),
    phoneHint: t('phoneHint'),
    preferredTime: t('preferredTimeLegend'),
    topic: t('topicLegend'),
    choices: {
      preferredTime: PREFERRED_TIMES.map((value) => ({
        value,
        label: t(`preferredTimes.${value}`),
      })),
      topic: CALLBACK_TOPICS.map((value) => ({ value, label: t(`topics.${value}`) })),
    },
    message: t('messageLabel'),
    messageHint: t('messageHint', { max: MESSAGE_MAX }),
    consentHeading: t('consentHeading'),
    consentStatement: t('consentStatement', { team, days }),
    consent: t('consentLabel'),
    honeypot: t('honeypotLabel'),
    submit: t('submit'),
    sending: t('sending'),
    sentTitle: t('sentTitle'),
    sentBody: t('sentBody', { team }),
    sentContact,
    errorSummaryTitle: tf('errorSummaryTitle'),
    errorPrefix: tf('error'),
    errors: {
      nameRequired: t('errors.nameRequired'),
      nameTooLong: t('errors.nameTooLong', { max: NAME_MAX }),
      phoneRequired: t('errors.phoneRequired'),
      phoneInvalid: t('errors.phoneInvalid'),
      preferredTimeRequired: t('errors.preferredTimeRequired'),
      topicRequired: t('errors.topicRequired'),
      messageTooLong: t('errors.messageTooLong', { max: MESSAGE_MAX }),
      consentRequired: t('errors.consentRequired'),
      rateLimited: t('errors.rateLimited'),
      unavailable: t('errors.unavailable'),
      failed: t('errors.failed'),
    },
  }
  return (
    <section className="app-callback" aria-labelledby="callback-heading">
      <h2 className="govuk-heading-l" id="callback-heading">
        {t('heading')}
      </h2>
      <p className="govuk-body">{t('intro', { team })}</p>
      {/* The council's call-back never stands in for the mediation adviser contact (Regs 2014
          reg 33), which a parent must make within 2 months to keep the right to appeal. */}
      {!provider && (
        <div className="govuk-inset-text" id="callback-not-mediation-adviser">
          {t('notMediationAdviser')}
        </div>
      )}
      {/* A family in a hurry may rather phone the team at once. */}
      {!provider && <SenTeamContact headingLevel={3} />}
      {/* The island has no next-intl provider (no translation runtime in the browser): it gets
          its language, like its labels, as a prop. */}
      <CallbackFormLazy locale={locale} provider={provider?.slug ?? ''} labels={labels} />
    </section>
  )
}
