import { defineRouting } from 'next-intl/routing'

import { defaultLocale, localeCodes } from './locales'

export const routing = defineRouting({
  locales: localeCodes,
  defaultLocale,
  // Every public URL starts with the locale, so each language has its own cacheable, indexable URL.
  localePrefix: 'always',
  // No cookie: prerendered pages stay cacheable by any CDN; `/` still follows Accept-Language.
  localeCookie: false,
  // proxy.ts sets the hreflang `Link` header itself, from the builder the pages' <head> uses:
  // next-intl's own header put x-default on the unprefixed URL and kept the query string.
  alternateLinks: false,
})
