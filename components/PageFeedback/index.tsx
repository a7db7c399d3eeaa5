import { getTranslations } from 'next-intl/server'

import { PROBLEM_MAX_LENGTH } from '@/lib/feedback/formState'

import { PageFeedbackClient } from './PageFeedback.client'

/** The feedback box at the foot of every page, with its text in the reader's language. */
export async function PageFeedback() {
  const t = await getTranslations('PageFeedback')
  const tf = await getTranslations('Forms')
  return (
    <section className="app-page-feedback" aria-labelledby="page-feedback-heading">
      <h2 className="govuk-visually-hidden" id="page-feedback-heading">
        {t('heading')}
      </h2>
      <PageFeedbackClient
        labels={{
          heading: t('heading'),
          question: t('question'),
          yes: t('yes'),
          no: t('no'),
          yesHidden: t('yesHidden'),
          noHidden: t('noHidden'),
          report: t('report'),
          problemLabel: t('problemLabel'),
          problemHint: t('problemHint'),
          send: t('send'),
          thanks: t('thanks'),
          askDetails: t('askDetails'),
          sent: t('sent'),
          honeypot: t('honeypot'),
          errorSummaryTitle: tf('errorSummaryTitle'),
          errorPrefix: tf('error'),
          errors: {
            problemRequired: t('errors.problemRequired'),
            problemTooLong: t('errors.problemTooLong', { max: PROBLEM_MAX_LENGTH }),
            rateLimited: t('errors.rateLimited'),
            failed: t('errors.failed'),
          },
        }}
      />
    </section>
  )
}
