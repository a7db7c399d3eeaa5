import { useLocale, useTranslations } from 'next-intl'

import type { Locale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'

export default function NotFound() {
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
