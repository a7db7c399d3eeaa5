// A type-checking fixture, never run: `npm run typecheck` (tsc) compiles it with the project.
// Message keys are typed from messages/en.json (global.d.ts), so a misspelt key must fail to
// compile; each `@ts-expect-error` below fails the type check if that ever stops being true.
import { useLocale, useTranslations } from 'next-intl'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

export async function serverKeys(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Page' })
  const known = t('lastUpdated', { date: '' })
  // @ts-expect-error: a misspelt key in a known namespace
  const misspelt = t('lastUpdatd')
  // @ts-expect-error: a namespace that does not exist
  await getTranslations({ locale, namespace: 'Pagee' })
  return [known, misspelt]
}

export function ClientKeys() {
  const t = useTranslations('Layout')
  // @ts-expect-error: a key from another namespace
  return [t('skipLink'), t('lastUpdated')]
}

// useLocale() gives the portal's own Locale type, not any string.
export function LocaleIsTyped(): Locale {
  return useLocale()
}
