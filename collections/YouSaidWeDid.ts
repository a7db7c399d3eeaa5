import type { CollectionConfig } from 'payload'

import { publishedContentAccess } from '@/access/publishedContent'
import { canWriteContentField } from '@/access/publishing'
import { draftsOnlyForAuthors } from '@/hooks/draftsOnlyForAuthors'
import { purgeOnPublishedChange } from '@/lib/cache/hooks'
import { CACHE_TAGS } from '@/lib/cache/tags'

// The public page reads published entries under one tag; drafts purge nothing.
const purgeEntries = purgeOnPublishedChange({
  collection: 'you-said-we-did',
  listFields: [],
  purgeFor: () => ({ tags: [CACHE_TAGS.youSaidWeDid] }),
})

/**
 * "You said, we did": what families told the council about its Local Offer and what the council
 * will do about it, published in every language (SEND Regulations 2014, reg 56 and the SEND Code
 * of Practice 4.27-4.30). Staff group readers' page feedback into an entry.
 */
export const YouSaidWeDid: CollectionConfig = {
  slug: 'you-said-we-did',
  labels: { singular: 'You said, we did', plural: 'You said, we did' },
  access: publishedContentAccess,
  admin: {
    useAsTitle: 'youSaid',
    defaultColumns: ['youSaid', 'byWhen', '_status', 'updatedAt'],
    group: 'Families',
    description:
      'Published on the "You said, we did" page, newest first. Write in plain language; do not quote anything that could identify a family.',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'youSaid',
      type: 'textarea',
      required: true,
      localized: true,
      label: 'You said',
      admin: { description: 'What families told us, in a sentence or two.' },
    },
    {
      name: 'weDid',
      type: 'textarea',
      required: true,
      localized: true,
      label: 'We did (or will do)',
      admin: { description: 'What the council has done or will do about it.' },
    },
    {
      name: 'byWhen',
      type: 'date',
      label: 'By when',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
        description: 'When it will be done. Empty when it is already done.',
      },
    },
    {
      name: 'feedback',
      type: 'relationship',
      relationTo: 'page-feedback',
      hasMany: true,
      access: { read: canWriteContentField },
      admin: {
        position: 'sidebar',
        description: 'The readers’ feedback this answers (never shown on the site).',
      },
    },
  ],
  hooks: {
    beforeOperation: [draftsOnlyForAuthors],
    beforeChange: [purgeEntries.beforeChange],
    afterChange: [purgeEntries.afterChange],
    afterDelete: [purgeEntries.afterDelete],
  },
  versions: { drafts: true, maxPerDoc: 20 },
}
