import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { homePaths, localizedPaths } from '@/lib/cacheTags'
import { revalidateEverything, revalidatePaths } from '@/lib/revalidate'

type PageLike = {
  id?: number | string
  path?: string | null
  title?: string | null
  _status?: string | null
}

async function parentPaths(
  doc: { parent?: unknown },
  req: Parameters<CollectionAfterDeleteHook>[0]['req'],
) {
  const ref = doc.parent
  const id = typeof ref === 'object' && ref ? (ref as PageLike).id : ref
  if (!id) return []
  const parent = await req.payload
    .findByID({ collection: 'pages', id: id as string, depth: 0, req })
    .catch(() => null)
  return parent?.path ? localizedPaths(parent.path) : []
}

export const revalidatePage: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (context.disableRevalidate) return doc
  const wasPublished = previousDoc?._status === 'published'
  const isPublished = doc._status === 'published'
  if (!wasPublished && !isPublished) return doc // a draft of an unpublished page: nothing public changed

  if ((wasPublished && previousDoc.title !== doc.title) || wasPublished !== isPublished) {
    // Titles and the list of pages appear in navigation, breadcrumbs and the home page everywhere.
    await revalidateEverything(req.payload, context)
    // The list comes from outside this write's transaction: add this page's old and new paths.
    const own = [previousDoc?.path, doc.path].filter(Boolean).flatMap((p) => localizedPaths(p))
    await revalidatePaths(own, context)
    return doc
  }
  const paths = [
    ...localizedPaths(doc.path),
    ...(previousDoc?.path && previousDoc.path !== doc.path ? localizedPaths(previousDoc.path) : []),
    ...homePaths(),
    ...(await parentPaths(doc, req)),
  ]
  await revalidatePaths(paths, context)
  return doc
}

export const revalidateDeletedPage: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  await revalidateEverything(req.payload, context)
  await revalidatePaths(doc.path ? localizedPaths(doc.path) : [], context)
  return doc
}
