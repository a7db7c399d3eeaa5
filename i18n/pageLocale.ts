import { notFound } from 'next/navigation'

import { isLocale, type Locale } from './locales'

/**
 * The `[locale]` segment of a page's params, checked: one of ours (i18n/locales.ts), or the
 * page answers 404 (next/navigation notFound, which throws). For pages and their metadata.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}
