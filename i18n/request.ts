import { hasLocale } from 'next-intl'
import { getRequestConfig } from 'next-intl/server'

import { formats } from './dates'
import { TIME_ZONE } from './locales'
import { routing } from './routing'

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  return {
    locale,
    // Components that format through next-intl get England's zone and the named formats; pages
    // show dates with formatDate (i18n/dates.ts), which also picks each language's Intl tag.
    timeZone: TIME_ZONE,
    formats,
    messages: (await import(`../messages/${locale}.json`)).default,
  }
})
