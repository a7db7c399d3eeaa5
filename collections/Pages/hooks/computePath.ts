import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

const MAX_DEPTH = 5

/** path = parent's path + '/' + slug, so nested pages get readable URLs and breadcrumbs. */
export const computePath: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const slug = data.slug ?? originalDoc?.slug
  const parentRef = data.parent !== undefined ? data.parent : originalDoc?.parent
  const parentId = typeof parentRef === 'object' && parentRef ? parentRef.id : parentRef
  if (!parentId) return { ...data, path: slug }

  const segments: string[] = [slug]
  let nextId: unknown = parentId
  for (let depth = 0; nextId; depth++) {
    if (depth >= MAX_DEPTH || nextId === originalDoc?.id) {
      throw new APIError('A page cannot be its own ancestor, or nested more than 5 deep.', 400)
    }
    const parent = await req.payload.findByID({
      collection: 'pages',
      id: nextId as string | number,
      depth: 0,
      draft: true,
      req,
    })
    segments.unshift(parent.slug)
    nextId = typeof parent.parent === 'object' && parent.parent ? parent.parent.id : parent.parent
  }
  return { ...data, path: segments.join('/') }
}
