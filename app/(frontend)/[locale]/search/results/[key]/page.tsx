import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { searchKeyQuery } from '@/lib/search/pageKey'
import { parseQuery } from '@/lib/search/query'

import { searchMetadata, SearchView } from '../../SearchView'

/**
 * The search page for one query, rendered on its first request and then served from Next.js's
 * page cache until a page or provider is published (its reads carry the `search` and
 * `providers` tags) or a day has passed. Readers never see this address: proxy.ts sends
 * `/{locale}/search?q=` here under the key lib/search/pageKey.ts makes, after counting the
 * search against the reader's allowance (lib/search/pageAdmission.ts), and answers a direct
 * request with the 404 page.
 */
export const dynamicParams = true

// A day: stale pages of queries nobody repeats then leave a shared (Redis) cache by themselves.
export const revalidate = 86400

/** Nothing ahead of time: each query's page is made when first asked for. */
export function generateStaticParams(): { key: string }[] {
  return []
}

type Props = PageProps<'/[locale]/search/results/[key]'>

async function load({ params }: Props) {
  const { locale, key } = await params
  const query = searchKeyQuery(key)
  if (!isLocale(locale) || query === null) notFound()
  return { locale, parsed: parseQuery(query) }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, parsed } = await load(props)
  return searchMetadata(locale, parsed)
}

export default async function CachedSearchPage(props: Props) {
  const { locale, parsed } = await load(props)
  return <SearchView locale={locale} parsed={parsed} />
}
