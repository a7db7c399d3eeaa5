import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { formatDate } from '@/i18n/dates'
import { BreadcrumbJsonLd } from '@/components/JsonLd'
import { pageLocale } from '@/i18n/pageLocale'
import { namespaceMetadata } from '@/lib/metadata'
import { publishedYouSaidWeDid } from '@/lib/feedback/youSaidWeDidQuery'
import { ROUTES } from '@/lib/routes/publicRoutes'

type Props = PageProps<'/[locale]/you-said-we-did'>

const PATH = ROUTES.youSaidWeDid

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  return namespaceMetadata({ locale, path: PATH, namespace: 'YouSaidWeDid' })
}

/**
 * What families told the council about its Local Offer and what the council is doing about it
 * (SEND Regulations 2014, reg 56). Prerendered; purged when an entry is published or changed.
 */
export default async function YouSaidWeDidPage({ params }: Props) {
  const locale = await pageLocale(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'YouSaidWeDid' })
  const entries = await publishedYouSaidWeDid(locale)
  return (
    <main className="govuk-main-wrapper" id="main-content">
      <BreadcrumbJsonLd trail={[{ label: t('title'), path: PATH }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-xl">{t('title')}</h1>
          <p className="govuk-body-l">{t('lead')}</p>
          {entries.length === 0 ? (
            <p className="govuk-body">{t('empty')}</p>
          ) : (
            entries.map((entry) => (
              <dl className="govuk-summary-list app-you-said-we-did" key={entry.id}>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{t('youSaid')}</dt>
                  <dd className="govuk-summary-list__value">{entry.youSaid}</dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">{t('weDid')}</dt>
                  <dd className="govuk-summary-list__value">{entry.weDid}</dd>
                </div>
                {entry.byWhen && (
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{t('byWhen')}</dt>
                    <dd className="govuk-summary-list__value">
                      <time dateTime={entry.byWhen.slice(0, 10)}>
                        {formatDate(entry.byWhen, locale)}
                      </time>
                    </dd>
                  </div>
                )}
              </dl>
            ))
          )}
          <p className="govuk-body">{t('howToTell')}</p>
        </div>
      </div>
    </main>
  )
}
