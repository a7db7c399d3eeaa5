'use client'

import { usePathname } from 'next/navigation'
import { lazy, Suspense, type ComponentType } from 'react'

import { defaultLocale, isLocale, localeDir } from '@/i18n/locales'

// Every language's texts for this page are a chunk of their own in the browser, fetched only when
// a root layout has failed: this component ships with every page (issue 12: at most 5 KB of
// application code on a guide). Next.js answers a root layout that fails on the server with an
// empty shell and draws this page in the browser, which then fetches the chunk (checked by hand
// with a layout forced to throw). Wherever the page is rendered on the server, the module is
// required directly (`typeof window` is fixed at build time) and nothing waits.
type ContentModule = typeof import('@/components/ErrorPage/GlobalErrorContent')
const GlobalErrorContent: ComponentType<Parameters<ContentModule['GlobalErrorContent']>[0]> =
  typeof window === 'undefined'
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require('@/components/ErrorPage/GlobalErrorContent') as ContentModule).GlobalErrorContent
    : lazy(() =>
        import('@/components/ErrorPage/GlobalErrorContent').then((module) => ({
          default: module.GlobalErrorContent,
        })),
      )

// No stylesheet import: this component ships with every page of both root layouts (the admin's
// too), so the site's stylesheet must not ride along. A few GOV.UK-like rules keep it readable.
const STYLE = `body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#0b0c0c;line-height:1.3}
.govuk-width-container{max-width:960px;margin:0 15px;padding:20px 0}
@media (min-width:1020px){.govuk-width-container{margin:0 auto}}
.govuk-heading-xl{font-size:2.5rem;margin:0 0 30px}.govuk-body{font-size:1.1875rem;margin:0 0 20px}
.govuk-button{font:inherit;font-size:1.1875rem;padding:8px 10px;border:0;color:#fff;background:#00703c;box-shadow:0 2px 0 #002d18;cursor:pointer;margin-bottom:22px}
.govuk-button:focus,.govuk-link:focus{outline:3px solid transparent;background:#fd0;color:#0b0c0c;box-shadow:0 -2px #fd0,0 4px #0b0c0c}
.govuk-link{color:#1d70b8}`

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
      <head>
        <style>{STYLE}</style>
      </head>
      <body className="govuk-template__body">
        <div className="govuk-width-container">
          <Suspense fallback={null}>
            <GlobalErrorContent locale={locale} onRetry={reset} />
          </Suspense>
        </div>
      </body>
    </html>
  )
}
