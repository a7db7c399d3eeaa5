import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/locales'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { cachedRead } from '@/lib/cache/read'
import { getPayloadClient } from '@/lib/payload'
import type { AlertBanner } from '@/payload-types'

import { bannersFor, nextChange, type BannerRecord, type VisibleBanner } from './visibility'

const ids = (pages: AlertBanner['pages']) =>
  (pages ?? []).map((p) => (typeof p === 'object' ? p.id : p))

/**
 * Every published banner in every language, including those not yet started: the page must
 * know when the next one starts. Trusted server code, hence overrideAccess with an explicit
 * published filter (the public API also hides banners outside their window).
 */
const loadPublishedBanners = cachedRead(
  'alert-banners-published',
  [CACHE_TAGS.alertBanners],
  async (): Promise<BannerRecord[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'alert-banners',
      where: { _status: { equals: 'published' } },
      locale: 'all',
      depth: 0,
      limit: 100,
      pagination: false,
      overrideAccess: true,
    })
    return docs.map((doc) => ({
      id: doc.id,
      severity: doc.severity ?? 'information',
      startsAt: doc.startsAt,
      endsAt: doc.endsAt,
      pages: ids(doc.pages),
      // With locale 'all' each localized field is an object keyed by language.
      title: doc.title as unknown as BannerRecord['title'],
      text: doc.text as unknown as BannerRecord['text'],
      linkLabel: doc.linkLabel as unknown as BannerRecord['linkLabel'],
      linkUrl: doc.linkUrl as unknown as BannerRecord['linkUrl'],
    }))
  },
)

/**
 * Pages are prerendered, so a banner's start and end would otherwise wait for the next publish.
 * unstable_cache hands its `revalidate` to the page being rendered (Next.js keeps the shortest),
 * so this makes the page regenerate at the next start or end, and never earlier.
 */
async function regenerateAt(when: Date | null, now: Date): Promise<void> {
  if (!when) return
  const seconds = Math.max(1, Math.ceil((when.getTime() - now.getTime()) / 1000))
  await unstable_cache(
    async () => when.toISOString(),
    ['alert-banner-change', when.toISOString()],
    {
      revalidate: seconds,
      tags: [CACHE_TAGS.alertBanners],
    },
  )()
}

/** The banners a page shows now: site-wide (`pageId: null`) or limited to that page. */
export async function getAlertBanners(
  locale: Locale,
  pageId: number | string | null,
): Promise<VisibleBanner[]> {
  const banners = await loadPublishedBanners()
  const now = new Date()
  await regenerateAt(nextChange(banners, now), now)
  return bannersFor(banners, { locale, now, pageId })
}
