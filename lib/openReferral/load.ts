import type { Payload } from 'payload'

import { defaultLocale } from '@/i18n/locales'

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
