import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { BreadcrumbJsonLd } from '@/components/JsonLd'
import { defaultLocale } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { namespaceMetadata } from '@/lib/metadata'

import en from '@/messages/en.json'
import { ROUTES } from '@/lib/routes/publicRoutes'

type Props = PageProps<'/[locale]/glossary'>

const PATH = ROUTES.glossary
// One term list for every language: en.json is the source, so no language can drop a term.
const TERMS = Object.keys(en.Glossary.terms) as (keyof typeof en.Glossary.terms)[]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  return namespaceMetadata({ locale, path: PATH, namespace: 'Glossary' })
}

/** The legal words the guides use, defined once, so every language uses them the same way. */
export default async function GlossaryPage({ params }: Props) {
  const locale = await pageLocale(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Glossary' })
  const english = await getTranslations({ locale: defaultLocale, namespace: 'Glossary' })
  return (
    <main className="govuk-main-wrapper" id="main-content">
      <BreadcrumbJsonLd trail={[{ label: t('title'), path: PATH }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-xl">{t('title')}</h1>
          <p className="govuk-body-l">{t('lead')}</p>
          <dl className="govuk-summary-list">
            {TERMS.map((key) => (
              <div className="govuk-summary-list__row" key={key} id={key}>
                <dt className="govuk-summary-list__key">
                  {t(`terms.${key}.term`)}
                  {locale !== defaultLocale && (
                    <span className="govuk-hint govuk-!-margin-bottom-0">
                      {t('englishTerm')}:{' '}
                      <span lang="en" dir="ltr">
                        {english(`terms.${key}.term`)}
                      </span>
                    </span>
                  )}
                </dt>
                <dd className="govuk-summary-list__value">{t(`terms.${key}.definition`)}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
    </main>
  )
}
