import type { CollectionConfig } from 'payload'

import { publishedContentAccess } from '@/access/publishedContent'
import { reviewDateFields } from '@/fields/reviewDates'
import { slugField } from '@/fields/slug'

import { computePath } from './hooks/computePath'
import { revalidateDeletedPage, revalidatePage } from './hooks/revalidatePage'

export const Pages: CollectionConfig = {
  slug: 'pages',
  access: publishedContentAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'path', '_status', 'nextReview', 'updatedAt'],
    preview: (doc, { locale }) =>
      `/api/preview?path=${encodeURIComponent(`/${locale}/${(doc as { path?: string }).path ?? ''}`)}`,
  },
  defaultSort: 'order',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      admin: { description: 'One or two plain sentences: shown in lists and to search engines.' },
    },
    { name: 'body', type: 'richText', localized: true },
    slugField(),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'pages',
      admin: { position: 'sidebar' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'path',
      type: 'text',
      unique: true,
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Worked out from parent and slug.',
      },
    },
    { name: 'order', type: 'number', defaultValue: 100, admin: { position: 'sidebar' } },
    ...reviewDateFields,
  ],
  hooks: {
    beforeChange: [computePath],
    afterChange: [revalidatePage],
    afterDelete: [revalidateDeletedPage],
  },
  versions: {
    drafts: { autosave: { interval: 800 }, schedulePublish: true },
    maxPerDoc: 50,
  },
}
