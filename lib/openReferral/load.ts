import type { Payload } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/read'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'

import type { ProviderRecord } from './services'

/**
 * Published, active providers with their councils, read as the public would (access control
 * applies, so drafts never leak). The directory is small: one query, filtered in memory.
 */
export async function loadOpenReferralProviders(payload: Payload): Promise<ProviderRecord[]> {
  const { docs } = await payload.find({
    collection: 'providers',
    where: { status: { equals: 'active' } },
    locale: defaultLocale,
    depth: 1,
    sort: 'name',
    pagination: false,
    overrideAccess: false,
  })
  return docs
}

/**
 * loadOpenReferralProviders through the data cache (lib/cache/read.ts): every Open Referral list
 * and record is built from it. Purged when a provider's published version or a council changes
 * (tags `providers`, `councils`); drafts never reach it, as the read applies public access.
 */
export const cachedOpenReferralProviders = cachedRead(
  'openreferral-providers',
  [CACHE_TAGS.providers, CACHE_TAGS.councils],
  async () => loadOpenReferralProviders(await getPayloadClient()),
)
