import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/read'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { listYouSaidWeDid } from '@/lib/feedback/youSaidWeDid'
import { getPayloadClient } from '@/lib/payload'

/** Published "You said, we did" entries in the reader's language, cached until one changes. */
export const publishedYouSaidWeDid = cachedRead(
  'you-said-we-did',
  [CACHE_TAGS.youSaidWeDid],
  async (locale: Locale) => listYouSaidWeDid(await getPayloadClient(), locale),
)
