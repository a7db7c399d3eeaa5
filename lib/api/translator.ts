import type { Messages } from 'next-intl'
import { getTranslations } from 'next-intl/server'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

/** A translator for keys built at run time (`errors.${code}`), which typed keys cannot name. */
export type Translate = (key: string, values?: Record<string, string | number>) => string

/**
 * next-intl's translator for `locale` and `namespace` (a top-level key of messages/en.json, such
 * as "Deadlines"), as pages get it with getTranslations, for route handlers and lib/ code that
 * build keys at run time. Works outside a request too (the locale is given; vitest resolves
 * next-intl's request config to i18n/request.ts). A missing key does not throw: next-intl logs
 * the error and returns the dotted key (`namespace.key`).
 */
export async function translator(locale: Locale, namespace: keyof Messages): Promise<Translate> {
  const t = await getTranslations({ locale, namespace })
  return (key, values) => t(key as never, values as never)
}

/** The requested language: absent means English; anything unknown is null (a 400). */
export function parseLocaleParam(value: string | null): Locale | null {
  if (value === null || value.trim() === '') return defaultLocale
  const code = value.trim().toLowerCase()
  return isLocale(code) ? code : null
}
