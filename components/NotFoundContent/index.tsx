import { useLocale, useTranslations } from 'next-intl'

import type { Locale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'

/** The 404 page's main content, in the reader's language (GOV.UK "page not found" pattern). */
export function NotFoundContent() {
  const t = useTranslations('NotFound')
  const locale = useLocale() as Locale
  return (
    <main className="govuk-main-wrapper" id="main-content">
      <h1 className="govuk-heading-xl">{t('title')}</h1>
      <p className="govuk-body">{t('body')}</p>
      <p className="govuk-body">
        <a className="govuk-link" href={localeHref(locale)}>
          {t('homeLink')}
        </a>
      </p>
    </main>
  )
}
