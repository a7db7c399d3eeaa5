/**
 * The ONE list of languages. It feeds next-intl routing, Payload localization, <html lang dir>,
 * hreflang alternates and the language switcher. Adding a language: add an entry here and a
 * messages/<code>.json file (see README).
 */
export const locales = [
  { code: 'en', label: 'English', nativeName: 'English', dir: 'ltr', intl: 'en-GB' },
  { code: 'pl', label: 'Polish', nativeName: 'Polski', dir: 'ltr', intl: 'pl-PL' },
  { code: 'ur', label: 'Urdu', nativeName: 'اردو', dir: 'rtl', intl: 'ur-PK' },
] as const

/** The portal's time zone: every date and "today" is England's. */
export const TIME_ZONE = 'Europe/London'

export type Locale = (typeof locales)[number]['code']

export const localeCodes = locales.map((l) => l.code) as Locale[]

export const defaultLocale: Locale = 'en'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as string[]).includes(value)
}

/** The BCP 47 tag Intl formats a locale's dates and numbers with ("en" reads as en-GB). */
export function intlLocale(code: Locale): string {
  return locales.find((l) => l.code === code)?.intl ?? 'en-GB'
}

export function localeDir(code: Locale): 'ltr' | 'rtl' {
  return locales.find((l) => l.code === code)?.dir ?? 'ltr'
}
