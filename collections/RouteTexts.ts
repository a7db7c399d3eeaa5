import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { canPublish } from '@/access/publishing'
import { noFallbackOnWrite } from '@/hooks/noFallbackOnWrite'
import { ROUTE_IDS } from '@/lib/routeFinder'
import { purgeTagsOnChange } from '@/lib/cache/hooks'
import { CACHE_TAGS } from '@/lib/cache/tags'

// Every save is live (no drafts): the route finder's pages read the texts under this tag.
const purgeRouteTexts = purgeTagsOnChange([CACHE_TAGS.routeTexts])

/**
 * What the route finder says about each route, per language. Which routes apply to a situation
 * is the law and stays in code (lib/routeFinder); only the words and links are editable here.
 */
export const RouteTexts: CollectionConfig = {
  slug: 'route-texts',
  access: { read: anyone, create: canPublish, update: canPublish, delete: canPublish },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'routeId', 'href', 'updatedAt'],
    group: 'Tools',
    description: 'The title, explanation and link shown for each route in the route finder.',
  },
  fields: [
    {
      name: 'routeId',
      type: 'select',
      options: ROUTE_IDS.map((id) => ({ label: id, value: id })),
      required: true,
      unique: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    { name: 'title', type: 'text', required: true, localized: true },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      admin: { description: 'One or two plain sentences: what this route is and when to use it.' },
    },
    {
      name: 'href',
      type: 'text',
      admin: {
        description:
          'A path without the language, such as /resolving-a-disagreement/mediation or /providers.',
      },
      validate: (value: string | null | undefined) =>
        !value || /^\/[\w\-/#]*$/.test(value) || 'Start with / and use a path on this site.',
    },
  ],
  hooks: {
    beforeOperation: [noFallbackOnWrite],
    afterChange: [purgeRouteTexts.afterChange],
    afterDelete: [purgeRouteTexts.afterDelete],
  },
}
