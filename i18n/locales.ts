/**
 * The ONE list of languages. It feeds next-intl routing, Payload localization, <html lang dir>,
 * hreflang alternates and the language switcher. Adding a language: add an entry here and a
 * messages/<code>.json file (see README).
 */
export const locales = [
  { code: 'en', label: 'English', nativeName: 'English', dir: 'ltr' },
  { code: 'pl', label: 'Polish', nativeName: 'Polski', dir: 'ltr' },
  { code: 'ur', label: 'Urdu', nativeName: 'اردو', dir: 'rtl' },
] as const

export type Locale = (typeof locales)[number]['code']

export const localeCodes = locales.map((l) => l.code) as Locale[]

export const defaultLocale: Locale = 'en'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as string[]).includes(value)
}

export function localeDir(code: Locale): 'ltr' | 'rtl' {
  return locales.find((l) => l.code === code)?.dir ?? 'ltr'
}
