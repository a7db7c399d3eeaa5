import { PROVIDER_KINDS, isProviderKind, type ProviderKind } from './options'

type SearchParams = Record<string, string | string[] | undefined>
// The adapter's id: a number on SQLite, a string on MongoDB.
type CouncilRef = { id: number | string; code: string; name: string }

export type ProviderFilter<C extends CouncilRef> = {
  /** The code as typed in the URL, kept so the form can show it back. */
  councilCode: string
  council: C | null
  kinds: ProviderKind[]
  unknownCouncil: boolean
}

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

/** The providers list's query, normalised: what decides which list is shown. */
export type ProviderQuery = {
  /** The first `council` value, trimmed and in upper case; '' when there is none. */
  councilCode: string
  /** The known kinds asked for, each once, in the site's order (PROVIDER_KINDS). */
  kinds: ProviderKind[]
}

/**
 * The one reading of the list's query (?council=e08000014&kind=sendiass&kind=mediation), shared
 * by the page (parseProviderFilter) and the cache key proxy.ts uses (lib/providers/listKey.ts),
 * so every query showing the same list gets the same key. Unknown kinds and any other parameter
 * are ignored. Takes the page's searchParams or a URL's.
 */
export function readProviderQuery(params: SearchParams | URLSearchParams): ProviderQuery {
  const values = (name: string) =>
    params instanceof URLSearchParams ? params.getAll(name) : all(params[name])
  const councilCode = (values('council')[0] ?? '').trim().toUpperCase()
  const asked = new Set(values('kind').filter(isProviderKind))
  return { councilCode, kinds: PROVIDER_KINDS.filter((kind) => asked.has(kind)) }
}

/**
 * Reads the list page's query (?council=E08000014&kind=mediation&kind=sendiass) with
 * readProviderQuery. Unknown kinds are dropped; an unknown council is reported so the page can
 * say so instead of listing everyone.
 */
export function parseProviderFilter<C extends CouncilRef>(
  params: SearchParams,
  councils: C[],
): ProviderFilter<C> {
  const { councilCode, kinds } = readProviderQuery(params)
  const council = councilCode ? (councils.find((c) => c.code === councilCode) ?? null) : null
  return { councilCode, council, kinds, unknownCouncil: !!councilCode && !council }
}

/** Councils by region, regions in the given order and councils by name, for an optgroup list. */
export function groupByRegion<C extends { name: string; region: string }>(
  councils: C[],
  regions: readonly string[],
): { region: string; councils: C[] }[] {
  return regions
    .map((region) => ({
      region,
      councils: councils
        .filter((c) => c.region === region)
        .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    }))
    .filter((group) => group.councils.length > 0)
}
