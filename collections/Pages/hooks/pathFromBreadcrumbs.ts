import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

type Crumb = { url?: string | null }

/**
 * The page's path (`resolving-a-disagreement/mediation`): the last breadcrumb's URL, which the
 * nested-docs plugin has just worked out from the parents' slugs. Every query, the sitemap and
 * the redirects use `path`; the plugin keeps it current when a parent is renamed or moved.
 *
 * The path is shared by every language, so it must be unique across all pages. The database
 * index does that on SQLite, but not every adapter enforces unique indexes (the MongoDB test
 * server does not): this says clearly which page already has the address.
 */
export const pathFromBreadcrumbs: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const crumbs = (data.breadcrumbs ?? originalDoc?.breadcrumbs ?? []) as Crumb[]
  const url = crumbs.at(-1)?.url
  if (!url) return data
  const path = url.replace(/^\/+|\/+$/g, '')
  data.path = path
  const id = originalDoc?.id
  const { docs } = await req.payload.find({
    collection: 'pages',
    where: {
      and: [{ path: { equals: path } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])],
    },
    select: { title: true },
    depth: 0,
    limit: 1,
    pagination: false,
    req,
  })
  if (docs.length > 0) {
    throw new ValidationError({
      collection: 'pages',
      errors: [
        {
          path: 'slug',
          message: `Another page, "${docs[0].title}", already has the address /${path}. Choose another slug or parent.`,
        },
      ],
      req,
    })
  }
  return data
}
