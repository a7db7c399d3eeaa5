import type { CollectionConfig } from 'payload'

import { publishedContentAccess } from '@/access/publishedContent'
import { hasRole } from '@/access/roles'
import { localizedPaths } from '@/lib/cacheTags'
import { revalidatePaths } from '@/lib/revalidate'

export const YOU_SAID_WE_DID_PATH = 'you-said-we-did'

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
      access: { read: ({ req }) => hasRole(req.user, 'admin', 'editor') },
      admin: {
        position: 'sidebar',
        description: 'The readers’ feedback this answers (never shown on the site).',
      },
    },
  ],
  hooks: {
    afterChange: [
      async ({ doc, previousDoc, context }) => {
        if (doc._status === 'published' || previousDoc?._status === 'published') {
          await revalidatePaths(localizedPaths(YOU_SAID_WE_DID_PATH), context)
        }
        return doc
      },
    ],
    afterDelete: [
      async ({ doc, context }) => {
        await revalidatePaths(localizedPaths(YOU_SAID_WE_DID_PATH), context)
        return doc
      },
    ],
  },
  versions: { drafts: true, maxPerDoc: 20 },
}
