import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'

const LIMIT = 20

export type SearchHit = { title: string; href: string; text: string }

/** Every term somewhere in one of the fields: Payload's `like` matches all its words. */
function anyField(fields: string[], query: string): Where {
  return { or: fields.map((field) => ({ [field]: { like: query } })) }
}

/** Published guides and shown providers in the reader's language that contain the query. */
export async function searchSite(locale: Locale, query: string) {
  const payload = await getPayloadClient()
  const [pages, providers] = await Promise.all([
    payload.find({
      collection: 'pages',
      locale,
      where: anyField(['title', 'summary', 'searchText'], query),
      select: { title: true, summary: true, searchText: true, path: true },
      depth: 0,
      limit: LIMIT,
      sort: 'order',
      overrideAccess: false,
    }),
    payload.find({
      collection: 'providers',
      locale,
      where: {
        and: [{ status: { not_equals: 'inactive' } }, anyField(['name', 'description'], query)],
      },
      select: { name: true, description: true, slug: true },
      depth: 0,
      limit: LIMIT,
      sort: 'name',
      overrideAccess: false,
    }),
  ])
  return {
    guides: pages.docs.map((doc) => ({
      title: doc.title,
      path: doc.path ?? doc.id.toString(),
      text: [doc.summary, doc.searchText].filter(Boolean).join(' '),
    })),
    providers: providers.docs.map((doc) => ({
      title: doc.name,
      path: `providers/${doc.slug}`,
      text: doc.description,
    })),
  }
}
