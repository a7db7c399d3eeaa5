import { isProviderKind, type ProviderKind } from './options'

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

/**
 * Reads the list page's query (?council=E08000014&kind=mediation&kind=sendiass). Unknown kinds
 * are dropped; an unknown council is reported so the page can say so instead of listing everyone.
 */
export function parseProviderFilter<C extends CouncilRef>(
  params: SearchParams,
  councils: C[],
): ProviderFilter<C> {
  const councilCode = (all(params.council)[0] ?? '').trim().toUpperCase()
  const council = councilCode ? (councils.find((c) => c.code === councilCode) ?? null) : null
  const kinds = [...new Set(all(params.kind).filter(isProviderKind))]
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
