import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { formatDate } from '@/i18n/dates'
import { CallbackForm } from '@/components/CallbackForm'
import { BreadcrumbJsonLd, JsonLd } from '@/components/JsonLd'
import { ReviewDates } from '@/components/ReviewDates'
import { isLocale, localeCodes } from '@/i18n/locales'
import { serverUrl } from '@/lib/env'
import { localeHref } from '@/lib/localeHref'
import { pageMetadata } from '@/lib/metadata'
import { providerJsonLd } from '@/lib/seo/jsonLd'
import { langProps, pickLocalized } from '@/lib/providers/localized'
import { isVerificationStale } from '@/lib/providers/verification'
import { getProviderBySlug, listPublishedProviders } from '@/lib/providers/queries'
import type { LocalAuthority } from '@/payload-types'
import { ROUTES, providerPath } from '@/lib/routes/publicRoutes'

import { ContactBlock } from './ContactBlock'

type Props = PageProps<'/[locale]/providers/[slug]'>

export const dynamicParams = true
// Publishing revalidates at once; the daily pass makes the "checked over 6 months ago" warning
// and "This page is being reviewed" appear on time even when nobody edits the provider.
export const revalidate = 86400

export async function generateStaticParams() {
  const providers = await listPublishedProviders()
  return localeCodes.flatMap((locale) => providers.map(({ slug }) => ({ locale, slug })))
}

async function load(params: Props['params']) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const provider = await getProviderBySlug(locale, slug)
  if (!provider) notFound()
  const areas = (provider.areas ?? []).filter(
    (area): area is LocalAuthority => typeof area === 'object',
  )
  return { locale, provider, areas }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, provider } = await load(params)
  const path = providerPath(provider.slug)
  // Search-engine texts are per language: without one in the reader's, the description serves.
  const meta = provider.meta as { title?: unknown; description?: unknown } | null | undefined
  const own = (value: unknown) => {
    const picked = pickLocalized(value, locale)
    return picked && !picked.lang ? picked.text : undefined
  }
  return pageMetadata({
    locale,
    path,
    title: own(meta?.title) || provider.name,
    description: own(meta?.description) || provider.description.text,
  })
}

export default async function ProviderPage({ params }: Props) {
  const { locale, provider, areas } = await load(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'ProviderPage' })
  const tp = await getTranslations({ locale, namespace: 'Providers' })
  const url = `${serverUrl()}${localeHref(locale, providerPath(provider.slug))}`
  const jsonLd = providerJsonLd(
    { ...provider, description: provider.description.text, areas: areas.map((a) => a.name) },
    url,
  )
  const checked = formatDate(provider.lastVerified, locale)

  return (
    <main className="govuk-main-wrapper" id="main-content">
      <JsonLd data={jsonLd} />
      <BreadcrumbJsonLd
        trail={[
          { label: tp('title'), path: ROUTES.providers },
          { label: provider.name, path: providerPath(provider.slug) },
        ]}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <a className="govuk-back-link" href={localeHref(locale, ROUTES.providers)}>
            {t('backToList')}
          </a>
          <span className="govuk-caption-l">{tp(`kinds.${provider.kind}`)}</span>
          <h1 className="govuk-heading-xl">{provider.name}</h1>
          {provider.status === 'temporarily-closed' && (
            <div className="govuk-inset-text">{t('temporarilyClosed')}</div>
          )}
          <p className="govuk-body-l" {...langProps(provider.description)}>
            {provider.description.text}
          </p>
          {provider.eligibility && (
            <>
              <h2 className="govuk-heading-l">{t('whoFor')}</h2>
              <p className="govuk-body" {...langProps(provider.eligibility)}>
                {provider.eligibility.text}
              </p>
            </>
          )}
          {(provider.servicesOffered ?? []).length > 0 && (
            <>
              <h2 className="govuk-heading-l">{t('servicesHeading')}</h2>
              <ul className="govuk-list govuk-list--bullet">
                {provider.servicesOffered?.map((service) => (
                  <li key={service}>{t(`services.${service}`)}</li>
                ))}
              </ul>
            </>
          )}
          <ContactBlock contact={provider.contact} />
          <h2 className="govuk-heading-l">{t('areasHeading')}</h2>
          {areas.length > 0 ? (
            <ul className="govuk-list govuk-list--bullet" lang="en">
              {areas.map((area) => (
                <li key={area.id}>{area.name}</li>
              ))}
            </ul>
          ) : (
            <p className="govuk-body">{t('noAreas')}</p>
          )}
          {isVerificationStale(provider.lastVerified) && (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">{t('warning')}</span>
                {t('staleWarning')}
              </strong>
            </div>
          )}
          <p className="govuk-body-s">
            <time dateTime={provider.lastVerified.slice(0, 10)}>
              {t('lastChecked', { date: checked })}
            </time>
          </p>
          <ReviewDates nextReview={provider.nextReview} />
          {provider.acceptsCallbacks && provider.status === 'active' && (
            <CallbackForm provider={{ slug: provider.slug, name: provider.name }} />
          )}
        </div>
      </div>
    </main>
  )
}
