import type { Metadata } from 'next'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { AlertBanners } from '@/components/AlertBanner'
import { ErrorTextsProvider } from '@/components/ErrorPage/ErrorTexts.client'
import { Footer } from '@/components/Footer'
import { Header } from '@/components/Header'
import { PageFeedback } from '@/components/PageFeedback'
import { SkipLink } from '@/components/SkipLink'
import { localeDir, localeCodes } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { serverUrl } from '@/lib/env'
import { getSiteSettings } from '@/lib/queries/siteSettings'

import '../styles.scss'

export function generateStaticParams() {
  return localeCodes.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Metadata' })
  const settings = await getSiteSettings(locale)
  const siteName = t('siteName', { council: settings.councilName })
  return {
    metadataBase: new URL(serverUrl()),
    title: { default: siteName, template: `%s | ${siteName}` },
    description: t('homeDescription'),
  }
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Layout' })
  const te = await getTranslations({ locale, namespace: 'ErrorPage' })
  const errorTexts = {
    title: te('title'),
    body: te('body'),
    help: te('help'),
    tryAgain: te('tryAgain'),
    homeLink: te('homeLink'),
  }
  const settings = await getSiteSettings(locale)
  return (
    <html
      lang={locale}
      dir={localeDir(locale)}
      className="govuk-template govuk-template--rebranded"
    >
      <body className="govuk-template__body">
        {/* No NextIntlClientProvider: client components get their text as props, so no
            translation runtime or messages are sent to the browser. */}
        <SkipLink label={t('skipLink')} />
        <Header councilName={settings.councilName} />
        <div className="govuk-width-container">
          <AlertBanners pageId={null} />
          <ErrorTextsProvider texts={errorTexts}>{children}</ErrorTextsProvider>
          <PageFeedback />
        </div>
        <Footer settings={settings} />
      </body>
    </html>
  )
}
