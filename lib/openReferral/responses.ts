import { withoutEmpty } from './compact'
import { isParamError, paginate, parsePageQuery } from './pagination'
import {
  filterProviders,
  serviceAtLocation,
  serviceAtLocationListItem,
  serviceDetail,
  serviceSummary,
  type ProviderRecord,
} from './services'
import { taxonomy, taxonomyTerms } from './taxonomy'
import { isUuid } from './uuid'

export type ApiResult = { status: number; body: unknown }

const error = (status: number, message: string): ApiResult => ({
  status,
  body: { error: message },
})

/**
 * The UK profile this API follows, as the Open Referral UK validator reads it from `/`: the
 * version key it knows ("HSDS-UK-3.0"), the profile's documentation in the OpenReferralUK
 * repository the schemas in tests/schemas/oruk-3.0 come from, and the published OpenAPI file
 * the validator itself maps that version to.
 */
export const ORUK_VERSION = 'HSDS-UK-3.0'
export const ORUK_PROFILE_URL =
  'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md'
export const ORUK_OPENAPI_URL = 'https://openreferraluk.org/specifications/3.0/openapi.json'

/**
 * GET /openreferral: status 200 and the API's description (version, profile, OpenAPI file and
 * the absolute URLs of its endpoints under `siteUrl`, an origin without a trailing slash).
 */
export function apiInfo(siteUrl: string): ApiResult {
  return {
    status: 200,
    body: {
      version: ORUK_VERSION,
      profile: ORUK_PROFILE_URL,
      openapi_url: ORUK_OPENAPI_URL,
      endpoints: ['services', 'service_at_locations', 'taxonomies', 'taxonomy_terms'].map(
        (path) => `${siteUrl}/openreferral/${path}`,
      ),
    },
  }
}

/**
 * GET /openreferral/services: one page (`page`, `per_page`, see parsePageQuery) of the services
 * matching `search` (case-insensitive text in name or description, at most 200 characters) and
 * `taxonomy_term_id` (a UUID), in the Open Referral paginated envelope. Status 400 with
 * `{ error }` for a bad parameter; never throws. `siteUrl` makes the services' absolute links.
 */
export function servicesList(
  providers: ProviderRecord[],
  params: URLSearchParams,
  siteUrl: string,
): ApiResult {
  const query = parsePageQuery(params)
  if (isParamError(query)) return error(query.status, query.error)
  const taxonomyTermId = params.get('taxonomy_term_id')
  if (taxonomyTermId && !isUuid(taxonomyTermId)) {
    return error(400, 'taxonomy_term_id must be a UUID')
  }
  const search = params.get('search')
  if (search && search.length > 200) return error(400, 'search must be at most 200 characters')
  const matches = filterProviders(providers, { search, taxonomyTermId })
  const items = matches.map((p) => serviceSummary(p, siteUrl))
  return { status: 200, body: paginate(items, query) }
}

/** Finds one record by id: 400 for something that is not a UUID, 404 for an unknown one. */
function byId<T>(items: T[], id: string, idOf: (item: T) => string): T | ApiResult {
  if (!isUuid(id)) return error(400, 'id must be a UUID')
  const found = items.find((item) => idOf(item) === id.toLowerCase())
  return found ?? error(404, 'Not found')
}

const isResult = (value: unknown): value is ApiResult =>
  typeof value === 'object' && value !== null && 'status' in value && 'body' in value

/**
 * GET /openreferral/services/{id}: 200 and the full service record of the provider whose UUID is
 * `id` (any case), empty optional fields left out; 400 when `id` is not a UUID, 404 when no
 * provider has it.
 */
export function serviceById(providers: ProviderRecord[], id: string, siteUrl: string): ApiResult {
  const found = byId(providers, id, (p) => p.uuid.toLowerCase())
  return isResult(found)
    ? found
    : { status: 200, body: withoutEmpty(serviceDetail(found, siteUrl)) }
}

/**
 * GET /openreferral/service_at_locations: one page (`page`, `per_page`) of every provider's
 * service-at-location entry, each with its service, in the paginated envelope; 400 with
 * `{ error }` for a bad page parameter.
 */
export function serviceAtLocationsList(
  providers: ProviderRecord[],
  params: URLSearchParams,
  siteUrl: string,
): ApiResult {
  const query = parsePageQuery(params)
  if (isParamError(query)) return error(query.status, query.error)
  const items = providers.map((p) => serviceAtLocationListItem(p, siteUrl))
  return { status: 200, body: paginate(items, query) }
}

/**
 * GET /openreferral/service_at_locations/{id}: 200 and the entry whose derived UUID is `id` (any
 * case); 400 when `id` is not a UUID, 404 when no provider has it.
 */
export function serviceAtLocationById(
  providers: ProviderRecord[],
  id: string,
  siteUrl: string,
): ApiResult {
  const found = byId(providers, id, (p) => serviceAtLocation(p).id)
  return isResult(found)
    ? found
    : { status: 200, body: withoutEmpty(serviceAtLocationListItem(found, siteUrl)) }
}

/** GET /openreferral/taxonomies: the portal's one taxonomy, paginated; 400 for a bad page. */
export function taxonomiesList(params: URLSearchParams): ApiResult {
  const query = parsePageQuery(params)
  if (isParamError(query)) return error(query.status, query.error)
  return { status: 200, body: paginate([taxonomy()], query) }
}

/**
 * GET /openreferral/taxonomy_terms: one term per provider kind, paginated; 400 for a bad page
 * parameter.
 */
export function taxonomyTermsList(params: URLSearchParams): ApiResult {
  const query = parsePageQuery(params)
  if (isParamError(query)) return error(query.status, query.error)
  return { status: 200, body: paginate(taxonomyTerms(), query) }
}

/** GET /openreferral/taxonomies/{id}: 200 and the taxonomy; 400 for a non-UUID, 404 for another. */
export function taxonomyById(id: string): ApiResult {
  const found = byId([taxonomy()], id, (t) => t.id)
  return isResult(found) ? found : { status: 200, body: withoutEmpty(found) }
}

/**
 * GET /openreferral/taxonomy_terms/{id}: 200 and the term with its taxonomy as
 * `taxonomy_detail`; 400 when `id` is not a UUID, 404 when no term has it.
 */
export function taxonomyTermById(id: string): ApiResult {
  const found = byId(taxonomyTerms(), id, (t) => t.id)
  return isResult(found)
    ? found
    : { status: 200, body: withoutEmpty({ ...found, taxonomy_detail: taxonomy() }) }
}
