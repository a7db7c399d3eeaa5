import { defaultLocale, type Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/read'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

/** The council's name, contacts and footer links in the reader's language (every layout). */
export const getSiteSettings = cachedRead(
  'site-settings',
  [CACHE_TAGS.siteSettings],
  async (locale: Locale) => {
    const payload = await getPayloadClient()
    return payload.findGlobal({
      slug: 'site-settings',
      locale,
      fallbackLocale: defaultLocale,
      depth: 0,
    })
  },
)
