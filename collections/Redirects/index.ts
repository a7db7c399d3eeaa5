import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
} from 'payload'
import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook, Field } from 'payload'

import { ValidationError } from 'payload'

import { canPublish, canWriteContent } from '@/access/publishing'
import { purge } from '@/lib/cache/purge'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { publishedPagePaths } from '@/lib/redirects/pagePaths'
import { findLoop, normalizeRedirectPath, type RedirectRow } from '@/lib/redirects/resolve'

/**
 * The redirects collection comes from @payloadcms/plugin-redirects; this is what the site adds:
 * staff-only access (like pages; the public site reads them server-side), paths tidied and
 * checked, loops refused, and the cached redirect list purged on every change.
 */

const tidy: CollectionBeforeValidateHook = ({ data }) => {
  if (!data) return data
  if (typeof data.from === 'string') data.from = normalizeRedirectPath(data.from) ?? data.from
  if (data.to?.type === 'custom' && typeof data.to.url === 'string') {
    data.to.url = normalizeRedirectPath(data.to.url) ?? data.to.url
  }
  return data
}

const refuseBadOrLooping: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const errors: { path: string; message: string }[] = []
  const from = normalizeRedirectPath(data.from)
  if (!from || !from.startsWith('/')) {
    errors.push({
      path: 'from',
      message: 'Start with / and give a path on this site, such as /en/old-page.',
    })
  }
  if (data.to?.type === 'custom' && !normalizeRedirectPath(data.to.url)) {
    errors.push({
      path: 'to.url',
      message:
        'Give a path on this site starting with / (such as /en/mediation) or a full https:// address.',
    })
  }
  if (errors.length === 0) {
    const { docs } = await req.payload.find({
      collection: 'redirects',
      where: originalDoc?.id !== undefined ? { id: { not_equals: originalDoc.id } } : {},
      depth: 0,
      limit: 0,
      pagination: false,
      req,
    })
    const loop = findLoop(
      data as RedirectRow,
      docs as RedirectRow[],
      await publishedPagePaths(req.payload, req),
    )
    if (loop)
      errors.push({ path: 'from', message: `This redirect would go round in a loop: ${loop}.` })
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'redirects', errors, req })
  return data
}

// The cached list, the route texts whose links follow redirects, and the old paths themselves.
const REDIRECT_TAGS = [CACHE_TAGS.redirects, CACHE_TAGS.routeTexts]

const purgeAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, context }) => {
  await purge(
    { tags: REDIRECT_TAGS, paths: [doc.from, previousDoc?.from].filter(Boolean) },
    context,
  )
  return doc
}

const purgeAfterDelete: CollectionAfterDeleteHook = async ({ doc, context }) => {
  await purge({ tags: REDIRECT_TAGS, paths: [doc.from].filter(Boolean) }, context)
  return doc
}

const describeFields = (fields: Field[]): Field[] =>
  fields.map((field) =>
    'name' in field && field.name === 'from'
      ? ({
          ...field,
          admin: {
            ...field.admin,
            description:
              'The old address, with its language: /en/old-page. Renaming or moving a page adds these for you in every language.',
          },
        } as Field)
      : field,
  )

export const redirectsOverrides: Partial<Omit<CollectionConfig, 'fields'>> & {
  fields: (args: { defaultFields: Field[] }) => Field[]
} = {
  access: { read: canWriteContent, create: canPublish, update: canPublish, delete: canPublish },
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'to.type', 'type', 'updatedAt'],
    description:
      'Old addresses that send readers on to a page. Readers are sent to where the page is now, even after later moves.',
  },
  fields: ({ defaultFields }) => describeFields(defaultFields),
  hooks: {
    beforeValidate: [tidy],
    beforeChange: [refuseBadOrLooping],
    afterChange: [purgeAfterChange],
    afterDelete: [purgeAfterDelete],
  },
}
