import { ErrorPageContent } from '@/components/ErrorPage'
import { errorPageTexts } from '@/i18n/errorPageTexts.generated'
import type { Locale } from '@/i18n/locales'

/**
 * app/global-error.tsx's page body: the problem page in `locale`, with every language's texts
 * (errorPageTexts) in this module, so that in the browser they are fetched only when a root layout
 * has failed, not with every page.
 */
export function GlobalErrorContent({ locale, onRetry }: { locale: Locale; onRetry: () => void }) {
  return (
    <ErrorPageContent texts={errorPageTexts[locale]} homeHref={`/${locale}`} onRetry={onRetry} />
  )
}
