import { defaultLocale, type Locale } from '@/i18n/locales'

import { hasText, TRANSLATABLE_PAGE_FIELDS, valueAt } from './textFields'

/**
 * missing: nothing of the page is in this language; partial: some text fields that English has
 * are not; outdated: English text changed after this language's text was last changed;
 * current: every text field English has is translated, and not older than English.
 */
export type TranslationState = 'missing' | 'partial' | 'outdated' | 'current'

type ByLocale<T> = Partial<Record<Locale, T | null>> | null | undefined

/** A page read with `locale: 'all'`: each localized field as `{ en, pl, ur }`. */
export type PageTranslations = {
  id: number | string
  path?: string | null
  title?: ByLocale<string>
  summary?: ByLocale<string>
  body?: ByLocale<unknown>
  meta?: { title?: ByLocale<string>; description?: ByLocale<string> } | null
  /** Per language: when its text last changed (ISO date-time), set by the Pages hook. */
  translatedAt?: ByLocale<string>
}

export type TranslationRow = {
  id: number | string
  path: string
  title: string
  states: Partial<Record<Locale, TranslationState>>
}

function inLocale(page: PageTranslations, field: string, locale: Locale): unknown {
  return (valueAt(page, field) as Record<string, unknown> | null | undefined)?.[locale]
}

/** One language of one page; see TranslationState. */
export function translationState(page: PageTranslations, locale: Locale): TranslationState {
  const needed = TRANSLATABLE_PAGE_FIELDS.filter((f) => hasText(inLocale(page, f, defaultLocale)))
  const own = needed.filter((f) => hasText(inLocale(page, f, locale)))
  if (own.length === 0) return 'missing'
  if (own.length < needed.length) return 'partial'
  const english = page.translatedAt?.[defaultLocale]
  const saved = page.translatedAt?.[locale]
  if (english && (!saved || new Date(saved) < new Date(english))) return 'outdated'
  return 'current'
}

/** For each page, the state of every language other than English. */
export function translationStatus(pages: PageTranslations[], locales: Locale[]): TranslationRow[] {
  const others = locales.filter((code) => code !== defaultLocale)
  return pages.map((page) => ({
    id: page.id,
    path: page.path ?? '',
    title: page.title?.[defaultLocale] ?? String(page.id),
    states: Object.fromEntries(others.map((code) => [code, translationState(page, code)])),
  }))
}
