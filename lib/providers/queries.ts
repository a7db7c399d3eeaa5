import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'
import { cachedRead } from '@/lib/cache/read'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { toProviderView, type ProviderView } from '@/lib/providers/localized'
import type { ProviderKind } from '@/lib/providers/options'
import type { LocalAuthority, Provider } from '@/payload-types'

export type Council = Pick<LocalAuthority, 'id' | 'name' | 'code' | 'region'>

/** Every council, cached across requests: the list changes only when an editor adds one. */
export const listCouncils = cachedRead(
  'local-authorities',
  [CACHE_TAGS.councils],
  async (): Promise<Council[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'local-authorities',
      select: { name: true, code: true, region: true },
      sort: 'name',
      depth: 0,
      pagination: false,
      overrideAccess: false,
    })
    return docs.map(({ id, name, code, region }) => ({ id, name, code, region }))
  },
)

// Inactive providers stay in the CMS for the record but are never offered to families.
const shown: Where = { status: { not_equals: 'inactive' } }

type ProviderQuery = { councilId?: LocalAuthority['id']; kinds: ProviderKind[] }

/** Published providers for a council and kinds, as the public may see them. */
export async function findProvidersWith(
  payload: Payload,
  locale: Locale,
  filter: ProviderQuery,
): Promise<ProviderView<Provider>[]> {
  const and: Where[] = [shown]
  if (filter.councilId) and.push({ areas: { in: [filter.councilId] } })
  if (filter.kinds.length > 0) and.push({ kind: { in: filter.kinds } })
  const { docs } = await payload.find({
    collection: 'providers',
    where: { and },
    // Every language at once, so English standing in for a translation can be marked as English.
    locale: 'all',
    depth: 0,
    sort: 'name',
    limit: 200,
    overrideAccess: false,
  })
  return docs.map((doc) => toProviderView(doc, locale))
}

// Provider views name the councils they serve: both tags.
const PROVIDER_TAGS = [CACHE_TAGS.providers, CACHE_TAGS.councils]

/** The list page's query, cached per language and filter. */
export const findProviders = cachedRead(
  'providers-filtered',
  PROVIDER_TAGS,
  async (locale: Locale, filter: ProviderQuery) =>
    findProvidersWith(await getPayloadClient(), locale, filter),
)

/** Published providers' slugs and last change, for generateStaticParams and the sitemap. */
export const listPublishedProviders = cachedRead('providers-index', PROVIDER_TAGS, async () => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'providers',
    where: shown,
    select: { slug: true, updatedAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  return docs.map(({ slug, updatedAt }) => ({ slug, updatedAt }))
})

/** One published provider with its councils' names, in the reader's language. */
export const getProviderBySlug = cachedRead(
  'provider-by-slug',
  PROVIDER_TAGS,
  async (locale: Locale, slug: string) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'providers',
      where: { and: [shown, { slug: { equals: slug } }] },
      locale: 'all',
      depth: 1,
      limit: 1,
      overrideAccess: false,
    })
    return docs[0] ? toProviderView(docs[0], locale) : null
  },
)
