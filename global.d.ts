import type { formats } from '@/i18n/dates'
import type { Locale } from '@/i18n/locales'
import type messages from '@/messages/en.json'

// next-intl's type registration: message keys are checked by the compiler against the English
// file (every other language must have the same keys: tests/messages), and locales are ours.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale
    Messages: typeof messages
    Formats: typeof formats
  }
}
