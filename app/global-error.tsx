'use client'

import { usePathname } from 'next/navigation'

import { ErrorPageContent } from '@/components/ErrorPage'
import { errorPageTexts } from '@/i18n/errorPageTexts'
import { defaultLocale, isLocale, localeDir } from '@/i18n/locales'

import './(frontend)/styles.scss'

/**
 * The last resort, when a root layout itself fails (for example the database cannot be read for
 * the site settings): a whole page of its own, in the language of the address, in the council's
 * style, with a retry.
 */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  const first = usePathname()?.split('/')[1]
  const locale = isLocale(first) ? first : defaultLocale
  return (
    <html
      lang={locale}
      dir={localeDir(locale)}
      className="govuk-template govuk-template--rebranded"
    >
      <body className="govuk-template__body">
        <div className="govuk-width-container">
          <ErrorPageContent
            texts={errorPageTexts[locale]}
            homeHref={`/${locale}`}
            onRetry={reset}
          />
        </div>
      </body>
    </html>
  )
}
