import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { NotFoundContent } from '@/components/NotFoundContent'
import { isLocale } from '@/i18n/locales'

type Props = PageProps<'/[locale]/page-not-found'>

/**
 * The 404 page, prerendered in every language. proxy.ts rewrites every address that no page
 * serves to it and the server answers with status 404 (lib/http/nodeGuard.ts), so readers without
 * JavaScript get the whole page: Next.js renders a notFound() thrown by a dynamic page only in
 * its client payload (Next.js issues 62228, 95613).
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = await getTranslations({ locale, namespace: 'NotFound' })
  return { title: t('title'), robots: { index: false, follow: false } }
}

export default async function PageNotFound({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  return <NotFoundContent />
}
