import { cache } from 'react'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'

export const getSiteSettings = cache(async (locale: Locale) => {
  const payload = await getPayloadClient()
  return payload.findGlobal({
    slug: 'site-settings',
    locale,
    fallbackLocale: defaultLocale,
    depth: 0,
  })
})
