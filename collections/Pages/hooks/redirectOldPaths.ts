import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { localeCodes } from '@/i18n/locales'
import { publishedBeforeWrite } from '@/lib/cache/publishedBefore'

// req.context key: page id -> the path it was published at before this save.
const PUBLISHED_PATHS = 'pagesPublishedPathBeforeSave'

type PublishedPaths = Record<string, string>

const atEveryLocale = (path: string) =>
  localeCodes.map((code) => (path ? `/${code}/${path}` : `/${code}`))

/**
 * Notes where a page is published before a save that publishes it, so the afterChange half can
 * tell a move. (The previous version handed to afterChange is the latest draft, which already
 * has the new path when an editor renames in a draft and publishes later.)
 */
export const rememberPublishedPath: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || data._status !== 'published' || originalDoc?.id === undefined) {
    return data
  }
  // The write's one read of what readers had (lib/cache/publishedBefore.ts).
  const published = await publishedBeforeWrite(req, 'pages', originalDoc.id)
  if (published?._status === 'published' && typeof published.path === 'string') {
    const paths = (req.context[PUBLISHED_PATHS] ??= {}) as PublishedPaths
    paths[String(originalDoc.id)] = published.path
  }
  return data
}

async function upsertRedirect(req: PayloadRequest, from: string, pageId: number | string) {
  const to = {
    type: 'reference' as const,
    reference: { relationTo: 'pages' as const, value: pageId as number },
  }
  const { docs } = await req.payload.find({
    collection: 'redirects',
    where: { from: { equals: from } },
    depth: 0,
    limit: 1,
    pagination: false,
    req,
  })
  if (docs[0]) {
    await req.payload.update({
      collection: 'redirects',
      id: docs[0].id,
      data: { to, type: '301' },
      req,
      context: req.context,
    })
  } else {
    await req.payload.create({
      collection: 'redirects',
      data: { from, to, type: '301' },
      req,
      context: req.context,
    })
  }
}

/**
 * A published page that moved (its slug or parent changed, or a parent's did: the nested-docs
 * plugin re-saves every child) leaves a permanent redirect from its old path in every language
 * to the page itself, so the redirect follows any later move too. Editors' own redirects that
 * pointed at the old path now point at the page (chains collapse). Redirects from the new path
 * are removed: the page has its address back, and nothing can loop.
 */
export const redirectOldPaths: CollectionAfterChangeHook = async ({ doc, req }) => {
  const paths = req.context[PUBLISHED_PATHS] as PublishedPaths | undefined
  const oldPath = paths?.[String(doc.id)]
  if (paths) delete paths[String(doc.id)]
  if (doc._status !== 'published' || typeof doc.path !== 'string') return doc

  const newFroms = atEveryLocale(doc.path)
  await req.payload.delete({
    collection: 'redirects',
    where: { from: { in: newFroms } },
    req,
    context: req.context,
  })
  if (oldPath === undefined || oldPath === doc.path) return doc

  const oldFroms = atEveryLocale(oldPath)
  for (const from of oldFroms) await upsertRedirect(req, from, doc.id)
  const { docs: pointing } = await req.payload.find({
    collection: 'redirects',
    where: { and: [{ 'to.type': { equals: 'custom' } }, { 'to.url': { in: oldFroms } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  for (const redirect of pointing) {
    await req.payload.update({
      collection: 'redirects',
      id: redirect.id,
      data: { to: { type: 'reference', reference: { relationTo: 'pages', value: doc.id } } },
      req,
      context: req.context,
    })
  }
  return doc
}
