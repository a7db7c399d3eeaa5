import { getTranslations } from 'next-intl/server'

/** Shown when some of a page is the English text because the reader's language is missing. */
export async function FallbackNotice() {
  const t = await getTranslations('Page')
  return (
    <div
      className="govuk-notification-banner"
      role="region"
      aria-labelledby="fallback-notice-title"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="fallback-notice-title">
          {t('fallbackHeading')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{t('fallbackNotice')}</p>
      </div>
    </div>
  )
}
