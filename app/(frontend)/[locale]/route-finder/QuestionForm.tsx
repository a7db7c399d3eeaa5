import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { BackLink } from '@/components/BackLink'
import { ErrorSummary } from '@/components/ErrorSummary'
import { BreadcrumbJsonLd } from '@/components/JsonLd'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/lib/metadata'
import { ROUTES } from '@/lib/routes/publicRoutes'

type Props = {
  action: string
  backHref: string
  /** The field to link to and the message, when the answer was missing. */
  error?: { href: string; text: string }
  /** Earlier answers, carried forward in the query string. */
  hidden: Record<string, string | undefined>
  children: ReactNode
}

/** One question per page, GOV.UK style: back link, error summary, the question, Continue. */
export async function QuestionForm({ action, backHref, error, hidden, children }: Props) {
  const tf = await getTranslations('Forms')
  const tr = await getTranslations('RouteFinder')
  return (
    <>
      <BreadcrumbJsonLd trail={[{ label: tr('title'), path: ROUTES.routeFinder }]} />
      <BackLink href={backHref} label={tf('back')} />
      <main className="govuk-main-wrapper" id="main-content">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <ErrorSummary title={tf('errorSummaryTitle')} items={error ? [error] : []} />
            <form method="get" action={action} noValidate>
              <input type="hidden" name="answered" value="1" />
              {Object.entries(hidden).map(([name, value]) =>
                value ? <input key={name} type="hidden" name={name} value={value} /> : null,
              )}
              {children}
              <button type="submit" className="govuk-button">
                {tf('continue')}
              </button>
            </form>
          </div>
        </div>
      </main>
    </>
  )
}

/** Title (with GOV.UK's "Error:" prefix when the page shows an error) and alternates. */
export async function questionMetadata(
  locale: Locale,
  path: string,
  question: string,
  hasError: boolean,
) {
  const t = await getTranslations({ locale, namespace: 'RouteFinder' })
  return pageMetadata({ locale, path, title: question, description: t('description'), hasError })
}
