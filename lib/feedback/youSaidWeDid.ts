import type { Payload } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'

export type YouSaidWeDidEntry = {
  id: number | string
  youSaid: string
  weDid: string
  byWhen: string | null
  updatedAt: string
}

/**
 * Published "You said, we did" entries in the reader's language (English where a translation is
 * missing), newest first. Never includes the readers' feedback they answer.
 */
export async function listYouSaidWeDid(
  payload: Payload,
  locale: Locale,
): Promise<YouSaidWeDidEntry[]> {
  const { docs } = await payload.find({
    collection: 'you-said-we-did',
    locale,
    fallbackLocale: defaultLocale,
    select: { youSaid: true, weDid: true, byWhen: true, updatedAt: true },
    depth: 0,
    sort: '-createdAt',
    limit: 200,
    pagination: false,
    overrideAccess: false,
  })
  return docs.map((doc) => ({
    id: doc.id,
    youSaid: doc.youSaid,
    weDid: doc.weDid,
    byWhen: doc.byWhen ?? null,
    updatedAt: doc.updatedAt,
  }))
}
