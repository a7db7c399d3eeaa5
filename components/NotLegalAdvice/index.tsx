import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'
import { ROUTES } from '@/lib/routes/publicRoutes'

/** Every tool says plainly that it is not legal advice and where to get some, free. */
export async function NotLegalAdvice({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Tools' })
  return (
    <div className="govuk-inset-text">
      {t('notAdvice')}{' '}
      <a className="govuk-link" href={localeHref(locale, ROUTES.providers)}>
        {t('providersLink')}
      </a>
    </div>
  )
}
