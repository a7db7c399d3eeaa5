import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { clientKey } from '@/lib/clientAddress'
import { parseQuery } from '@/lib/search/query'
import { searchRateLimiter } from '@/lib/search/rateLimit'

import { searchMetadata, SearchView } from './SearchView'

type Props = PageProps<'/[locale]/search'>

async function load({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return { locale, parsed: parseQuery((await searchParams).q) }
}

/** The reader's allowance, asked only when a query misses the data cache (see cachedSearch). */
async function allowance(): Promise<() => Promise<boolean>> {
  const client = clientKey(await headers())
  return async () => (await searchRateLimiter().take(client)).allowed
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, parsed } = await load(props)
  return searchMetadata(locale, parsed)
}

/**
 * The search page rendered per request. proxy.ts sends most searches to the copy kept in the
 * page cache (results/[key]); this one answers the rest: a query refused with a message, one
 * too long for a cache key, one past the cache's room or the reader's allowance, and previews.
 */
export default async function SearchPage(props: Props) {
  const { locale, parsed } = await load(props)
  const allowed = parsed.kind === 'ok' ? await allowance() : undefined
  return <SearchView locale={locale} parsed={parsed} allowed={allowed} />
}
