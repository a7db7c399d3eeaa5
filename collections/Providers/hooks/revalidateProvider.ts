import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { localizedPaths } from '@/lib/cacheTags'
import { revalidatePaths } from '@/lib/revalidate'

type ProviderLike = { slug?: string | null; _status?: string | null }

// The list renders per request, but its prerendered shell, each provider page and the sitemap
// are cached.
export function providerPaths(...docs: (ProviderLike | undefined)[]): string[] {
  const slugs = new Set(docs.map((doc) => doc?.slug).filter((slug): slug is string => !!slug))
  return [
    '/sitemap.xml',
    ...localizedPaths('providers'),
    ...[...slugs].flatMap((slug) => localizedPaths(`providers/${slug}`)),
  ]
}

export const revalidateProvider: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  context,
}) => {
  const wasPublished = previousDoc?._status === 'published'
  if (!wasPublished && doc._status !== 'published') return doc // drafts change nothing public
  await revalidatePaths(providerPaths(doc, previousDoc), context)
  return doc
}

export const revalidateDeletedProvider: CollectionAfterDeleteHook = async ({ doc, context }) => {
  await revalidatePaths(providerPaths(doc), context)
  return doc
}
