import { createTranslator } from 'use-intl/core'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import en from '@/messages/en.json'
import pl from '@/messages/pl.json'
import ur from '@/messages/ur.json'

// Route handlers and their tests run outside next-intl's request scope, so they read the
// message files directly; pages keep using getTranslations.
const MESSAGES: Record<Locale, Record<string, unknown>> = { en, pl, ur }

export type Translate = (key: string, values?: Record<string, string | number>) => string

/**
 * A translator for the messages of `locale` under `namespace` (a top-level key of
 * messages/<locale>.json, such as "Deadlines"), for code outside next-intl's request scope.
 * `t(key, values)` returns the message with ICU arguments filled in. A missing key does not
 * throw: use-intl logs the error and returns the dotted key (`namespace.key`).
 */
export function apiTranslator(locale: Locale, namespace: string): Translate {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: namespace as never })
  return (key, values) => (t as unknown as Translate)(key, values)
}

/** The requested language: absent means English; anything unknown is null (a 400). */
export function parseLocaleParam(value: string | null): Locale | null {
  if (value === null || value.trim() === '') return defaultLocale
  const code = value.trim().toLowerCase()
  return isLocale(code) ? code : null
}
