'use client'

import { useParams } from 'next/navigation'

import { ErrorPageContent } from '@/components/ErrorPage'
import { useErrorTexts } from '@/components/ErrorPage/ErrorTexts.client'
import { defaultLocale, isLocale } from '@/i18n/locales'

/**
 * Any page of the public site that fails inside the layout: the council's header, footer and
 * language stay, and the reader gets the problem page in their language. Retrying re-renders
 * the segment. (Failures of the layout itself reach app/global-error.tsx.)
 */
export default function LocaleError({ reset }: { error: Error; reset: () => void }) {
  const texts = useErrorTexts()
  const { locale } = useParams<{ locale: string }>()
  const home = `/${isLocale(locale) ? locale : defaultLocale}`
  if (!texts) return null
  return <ErrorPageContent texts={texts} homeHref={home} onRetry={reset} />
}
