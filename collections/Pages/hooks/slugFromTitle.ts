import type { CollectionBeforeValidateHook } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { slugify } from '@/lib/pages/slugify'

/**
 * Fills an empty slug from the title and tidies a typed one (`Mediation Help` -> `mediation-help`).
 * The slug is shared by every language (lib/pages/slugify.ts says why), so it comes from the
 * English title; only a page first created in another language uses that language's title. An
 * existing slug changes only when an editor edits or empties it (in English), never with the
 * title alone, and then the old addresses redirect (see redirectOldPaths).
 */
export const slugFromTitle: CollectionBeforeValidateHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (!data) return data
  if (typeof data.slug === 'string' && data.slug.trim()) {
    data.slug = slugify(data.slug) || data.slug
    return data
  }
  // Not sent at all: the slug stays as it is. Sent empty: make it again from the title.
  if (data.slug === undefined && originalDoc?.slug) return data
  const title = data.title ?? originalDoc?.title
  const fromTitle = operation === 'create' || req.locale === defaultLocale || !req.locale
  const made = fromTitle && typeof title === 'string' ? slugify(title) : ''
  data.slug = made || originalDoc?.slug || data.slug
  return data
}
