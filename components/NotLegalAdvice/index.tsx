import { getLocale, getTranslations } from 'next-intl/server'

import { localeHref } from '@/lib/localeHref'
import { ROUTES } from '@/lib/routes/publicRoutes'

/** Every tool says plainly that it is not legal advice and where to get some, free. */
export async function NotLegalAdvice() {
  const locale = await getLocale()
  const t = await getTranslations('Tools')
  return (
    <div className="govuk-inset-text">
      {t('notAdvice')}{' '}
      <a className="govuk-link" href={localeHref(locale, ROUTES.providers)}>
        {t('providersLink')}
      </a>
    </div>
  )
}
