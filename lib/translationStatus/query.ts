import type { Payload, TypedUser } from 'payload'

import { localeCodes } from '@/i18n/locales'

import { translationStatus, type PageTranslations, type TranslationRow } from './status'

/** Every page's translation state, read as `user` sees pages (published versions), by path. */
export async function findTranslationRows(payload: Payload, user: TypedUser | null) {
  const { docs } = await payload.find({
    collection: 'pages',
    locale: 'all',
    select: { title: true, summary: true, body: true, meta: true, path: true, translatedAt: true },
    sort: 'path',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return translationStatus(docs as unknown as PageTranslations[], localeCodes) as TranslationRow[]
}
