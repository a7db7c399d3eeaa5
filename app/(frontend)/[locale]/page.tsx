import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { BreadcrumbJsonLd } from '@/components/JsonLd'
import { ToolsList } from '@/components/ToolsList'
import { GuideList } from '@/components/GuideList'
import { isLocale, type Locale } from '@/i18n/locales'
import { localeHref } from '@/lib/localeHref'
import { pageMetadata } from '@/lib/metadata'
import { homeSections } from '@/lib/pages/sections'
import { listPages } from '@/lib/queries/pages'
import { ROUTES } from '@/lib/routes/publicRoutes'

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Metadata' })
  return pageMetadata({
    locale,
    path: '',
    title: t('homeTitle'),
    description: t('homeDescription'),
  })
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = (await params) as { locale: Locale }
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Home' })
  const tp = await getTranslations({ locale, namespace: 'Providers' })
  const pages = await listPages(locale)
  const { overview, guides } = homeSections(pages)
  return (
    <main className="govuk-main-wrapper govuk-main-wrapper--l" id="main-content">
      <BreadcrumbJsonLd trail={[]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-xl">{t('heading')}</h1>
          <p className="govuk-body-l">{t('lead')}</p>
          <h2 className="govuk-heading-l">{t('stepsHeading')}</h2>
          <ol className="govuk-list govuk-list--number govuk-list--spaced">
            <li>{t('step1')}</li>
            <li>{t('step2')}</li>
            <li>{t('step3')}</li>
            <li>{t('step4')}</li>
          </ol>
          {overview && (
            <p className="govuk-body">
              <a
                className="govuk-link govuk-!-font-weight-bold"
                href={localeHref(locale, overview.path ?? '')}
              >
                {overview.title}
              </a>
            </p>
          )}
          <p className="govuk-body">
            <a
              className="govuk-link govuk-!-font-weight-bold"
              href={localeHref(locale, ROUTES.providers)}
            >
              {tp('homeLink')}
            </a>
            <br />
            {tp('homeLead')}
          </p>
          <ToolsList />
          <h2 className="govuk-heading-l">{t('guidesHeading')}</h2>
          <GuideList guides={guides} />
        </div>
      </div>
    </main>
  )
}
