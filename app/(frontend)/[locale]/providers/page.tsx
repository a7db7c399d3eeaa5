import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { BreadcrumbJsonLd } from '@/components/JsonLd'
import { ErrorSummary } from '@/components/ErrorSummary'
import { namespaceMetadata } from '@/lib/metadata'
import { parseProviderFilter } from '@/lib/providers/filter'
import { findProviders, listCouncils } from '@/lib/providers/queries'
import { pageLocale } from '@/i18n/pageLocale'
import { ROUTES } from '@/lib/routes/publicRoutes'

import { ProviderFilterForm } from './ProviderFilterForm'
import { ProviderResults } from './ProviderResults'

type Props = PageProps<'/[locale]/providers'>

const PATH = ROUTES.providers

async function load({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  // Councils come from a cross-request cache; the providers query is the only per-request work.
  const councils = await listCouncils()
  const filter = parseProviderFilter(await searchParams, councils)
  return { locale, councils, filter }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, filter } = await load(props)
  return namespaceMetadata({
    locale,
    path: PATH,
    namespace: 'Providers',
    hasError: filter.unknownCouncil,
  })
}

export default async function ProvidersPage(props: Props) {
  const { locale, councils, filter } = await load(props)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Providers' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  const councilError = filter.unknownCouncil ? t('unknownCouncil') : undefined
  const providers = filter.unknownCouncil
    ? []
    : await findProviders(locale, { councilId: filter.council?.id, kinds: filter.kinds })
  const chosen = !!filter.council || filter.kinds.length > 0

  return (
    <main className="govuk-main-wrapper" id="main-content">
      <BreadcrumbJsonLd trail={[{ label: t('title'), path: ROUTES.providers }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary
            title={tf('errorSummaryTitle')}
            items={councilError ? [{ href: '#council', text: councilError }] : []}
          />
          <h1 className="govuk-heading-xl">{t('title')}</h1>
          <p className="govuk-body-l">{t('lead')}</p>
          <ProviderFilterForm
            councils={councils}
            councilCode={filter.council?.code ?? ''}
            kinds={filter.kinds}
            councilError={councilError}
          />
          {!filter.unknownCouncil && (chosen || providers.length > 0) && (
            <ProviderResults providers={providers} councilName={filter.council?.name} />
          )}
        </div>
      </div>
    </main>
  )
}
