import type { LocalAuthority, Provider } from '@/payload-types'

import { structuredAddress } from './address'
import { taxonomyTerm, termIdFor } from './taxonomy'
import { PORTAL_NAMESPACE, uuidV5 } from './uuid'

/** A published, active provider with its councils loaded (depth 1). */
export type ProviderRecord = Pick<
  Provider,
  'uuid' | 'name' | 'slug' | 'kind' | 'description' | 'contact' | 'lastVerified' | 'updatedAt'
> & { areas?: (number | LocalAuthority)[] | null }

const derived = (provider: ProviderRecord, what: string) =>
  uuidV5(PORTAL_NAMESPACE, `${provider.uuid}:${what}`)

const councilsOf = (provider: ProviderRecord) =>
  (provider.areas ?? []).filter((a): a is LocalAuthority => typeof a === 'object')

function organization(provider: ProviderRecord) {
  const website = provider.contact?.website
  return {
    id: derived(provider, 'organization'),
    name: provider.name,
    // Required by the UK profile: never empty, even for a provider saved without one.
    description: provider.description || provider.name,
    ...(provider.contact?.email && { email: provider.contact.email }),
    ...(website && { website }),
  }
}

/** The one-to-one fields of a service, as /services lists them. */
export function serviceSummary(provider: ProviderRecord, siteUrl: string) {
  const contact = provider.contact ?? {}
  return {
    id: provider.uuid,
    organization_id: derived(provider, 'organization'),
    name: provider.name,
    description: provider.description,
    url: contact.website || `${siteUrl}/en/providers/${provider.slug}`,
    ...(contact.email && { email: contact.email }),
    // Only active providers are published through the API (see load.ts).
    status: 'active' as const,
    assured_date: provider.lastVerified.slice(0, 10),
    last_modified: new Date(provider.updatedAt).toISOString(),
    organization: organization(provider),
  }
}

/** Where the service is offered: its address when it has one, else by phone and online. */
export function serviceAtLocation(provider: ProviderRecord) {
  const address = provider.contact?.address
  const structured = structuredAddress(address)
  const locationId = derived(provider, 'location')
  return {
    id: derived(provider, 'service-at-location'),
    service_id: provider.uuid,
    location_id: locationId,
    location: {
      id: locationId,
      location_type: address ? ('physical' as const) : ('virtual' as const),
      name: address ? address.replace(/\s*\n\s*/g, ', ') : `${provider.name} (by phone and online)`,
      ...(structured && {
        addresses: [
          {
            id: derived(provider, 'address'),
            location_id: locationId,
            ...structured,
            state_province: 'England',
            country: 'GB',
            address_type: 'physical' as const,
          },
        ],
      }),
    },
  }
}

/** The full service record of /services/{id}: areas, location and taxonomy term. */
export function serviceDetail(provider: ProviderRecord, siteUrl: string) {
  const serviceId = provider.uuid
  const term = taxonomyTerm(provider.kind)
  return {
    ...serviceSummary(provider, siteUrl),
    service_areas: councilsOf(provider).map((council) => ({
      id: uuidV5(PORTAL_NAMESPACE, `${serviceId}:area:${council.code}`),
      service_id: serviceId,
      name: council.name,
      extent_type: 'ons_code',
      extent: council.code,
    })),
    service_at_locations: [serviceAtLocation(provider)],
    attributes: [
      {
        id: derived(provider, `attribute:${provider.kind}`),
        link_id: serviceId,
        link_type: 'service',
        taxonomy_term_id: termIdFor(provider.kind),
        taxonomy_term: term,
      },
    ],
  }
}

/** /service_at_locations entries: the location plus the service's one-to-one fields. */
export function serviceAtLocationListItem(provider: ProviderRecord, siteUrl: string) {
  return { ...serviceAtLocation(provider), service: serviceSummary(provider, siteUrl) }
}

/** Case-insensitive text search and kind filter, as /services' search and taxonomy_term_id. */
export function filterProviders(
  providers: ProviderRecord[],
  { search, taxonomyTermId }: { search?: string | null; taxonomyTermId?: string | null },
): ProviderRecord[] {
  const needle = search?.trim().toLowerCase()
  return providers.filter(
    (p) =>
      (!needle || `${p.name} ${p.description}`.toLowerCase().includes(needle)) &&
      (!taxonomyTermId || termIdFor(p.kind) === taxonomyTermId.toLowerCase()),
  )
}
