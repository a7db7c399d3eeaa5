import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

/**
 * A page with sub-pages cannot be deleted: they would lose their place, their breadcrumbs and
 * their address. The message names them so the editor can move or delete them first.
 */
export const refuseDeleteWithChildren: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // Published children and children whose latest draft was moved here.
  const found = []
  for (const draft of [false, true]) {
    const { docs } = await req.payload.find({
      collection: 'pages',
      where: { parent: { equals: id } },
      select: { title: true },
      depth: 0,
      limit: 0,
      pagination: false,
      draft,
      req,
    })
    found.push(...docs)
  }
  const byId = new Map(found.map((doc) => [doc.id, doc]))
  const docs = [...byId.values()]
  if (docs.length === 0) return
  const names = docs.map((doc) => `"${doc.title}"`).join(', ')
  throw new APIError(
    `This page cannot be deleted while it has sub-pages: ${names}. Move them to another parent page (or delete them) first.`,
    409,
    undefined,
    true,
  )
}
