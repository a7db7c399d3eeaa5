import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { listKeyQuery } from '@/lib/providers/listKey'

import ProvidersPage, { generateMetadata as providersMetadata } from '../../page'

/**
 * The providers list for one filter, rendered on its first request and then served from Next.js's
 * page cache until a provider or council changes (its reads carry the `providers` and `councils`
 * tags). Readers never see this address: proxy.ts sends `/{locale}/providers?council=&kind=` here
 * under the key lib/providers/listKey.ts makes, and answers a direct request with the 404 page.
 */
export const dynamicParams = true

/** Nothing ahead of time: each filter's list is made when first asked for. */
export function generateStaticParams(): { filter: string }[] {
  return []
}

type Props = PageProps<'/[locale]/providers/list/[filter]'>

/** The list page's own props for this key (notFound for a key the proxy never makes). */
async function asListProps({ params }: Props): Promise<PageProps<'/[locale]/providers'>> {
  const { locale, filter } = await params
  const query = listKeyQuery(filter)
  if (!query) notFound()
  return { params: Promise.resolve({ locale }), searchParams: Promise.resolve(query) }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return providersMetadata(await asListProps(props))
}

export default async function CachedProvidersList(props: Props) {
  return ProvidersPage(await asListProps(props))
}
