import { defaultLocale, type Locale } from '@/i18n/locales'

export type TranslationState = 'missing' | 'outdated' | 'current'

type ByLocale<T> = Partial<Record<Locale, T | null>> | null | undefined

export type PageTranslations = {
  id: number | string
  path?: string | null
  title: ByLocale<string>
  translatedAt: ByLocale<string>
}

export type TranslationRow = {
  id: number | string
  path: string
  title: string
  states: Partial<Record<Locale, TranslationState>>
}

/**
 * For each page and language other than English: missing when it has no title in that language,
 * outdated when English was saved after it, current otherwise.
 */
export function translationStatus(pages: PageTranslations[], locales: Locale[]): TranslationRow[] {
  const others = locales.filter((code) => code !== defaultLocale)
  return pages.map((page) => {
    const english = page.translatedAt?.[defaultLocale]
    const states: TranslationRow['states'] = {}
    for (const code of others) {
      const saved = page.translatedAt?.[code]
      if (!page.title?.[code]) states[code] = 'missing'
      else if (english && (!saved || new Date(saved) < new Date(english))) states[code] = 'outdated'
      else states[code] = 'current'
    }
    return {
      id: page.id,
      path: page.path ?? '',
      title: page.title?.[defaultLocale] ?? String(page.id),
      states,
    }
  })
}
