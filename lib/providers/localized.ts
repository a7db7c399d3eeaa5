import { defaultLocale, type Locale } from '@/i18n/locales'

/** A localized text and, when English stands in for a missing translation, its language. */
export type LocalizedText = { text: string; lang?: Locale }

/**
 * Picks the reader's language from a field read with `locale: 'all'`, else English marked as
 * such, so screen readers pronounce the English words as English (WCAG 3.1.2).
 */
export function pickLocalized(value: unknown, locale: Locale): LocalizedText | null {
  if (typeof value === 'string') return value ? { text: value } : null
  if (!value || typeof value !== 'object') return null
  const byLocale = value as Partial<Record<Locale, string | null>>
  const own = byLocale[locale]
  if (own) return { text: own }
  const english = byLocale[defaultLocale]
  return english ? { text: english, lang: defaultLocale } : null
}

type Contact = {
  phone?: string | null
  textphone?: string | null
  email?: string | null
  website?: string | null
  address?: string | null
  openingHours?: unknown
  bankHolidayNote?: unknown
}

type ProviderDoc = { description: unknown; eligibility?: unknown; contact?: Contact | null }

export type ProviderView<P extends ProviderDoc> = Omit<
  P,
  'description' | 'eligibility' | 'contact'
> & {
  description: LocalizedText
  eligibility: LocalizedText | null
  contact: Omit<Contact, 'openingHours' | 'bankHolidayNote'> & {
    openingHours: LocalizedText | null
    bankHolidayNote: LocalizedText | null
  }
}

/** A provider read with `locale: 'all'`, its localized texts resolved for one reader. */
export function toProviderView<P extends ProviderDoc>(doc: P, locale: Locale): ProviderView<P> {
  const contact = doc.contact ?? {}
  return {
    ...doc,
    description: pickLocalized(doc.description, locale) ?? { text: '' },
    eligibility: pickLocalized(doc.eligibility, locale),
    contact: {
      ...contact,
      openingHours: pickLocalized(contact.openingHours, locale),
      bankHolidayNote: pickLocalized(contact.bankHolidayNote, locale),
    },
  }
}

/** Attributes for the element holding a text: lang (and dir) only when English stands in. */
export function langProps(value: LocalizedText | null | undefined) {
  return value?.lang ? { lang: value.lang, dir: 'ltr' as const } : {}
}
