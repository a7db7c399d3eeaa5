import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { COUNCILS_TAG } from '@/lib/cacheTags'
import { REGIONS, selectOptions } from '@/lib/providers/options'
import { revalidatePaths } from '@/lib/revalidate'
import { revalidateTools } from '@/lib/tools/revalidate'

import { providerPaths } from './Providers/hooks/revalidateProvider'

/** Upper-tier English councils: families choose theirs to find the services it commissions. */
export const LocalAuthorities: CollectionConfig = {
  slug: 'local-authorities',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'region'],
    group: 'Providers',
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, index: true },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'The ONS code, such as E08000014. It appears in shared links.' },
      validate: (value: string | null | undefined) =>
        (!!value && /^E\d{8}$/.test(value)) || 'Use the ONS code: E followed by 8 digits.',
    },
    { name: 'region', type: 'select', required: true, options: selectOptions(REGIONS) },
  ],
  hooks: {
    // The council list is cached across requests.
    afterChange: [
      async ({ doc, context, req }) => {
        await revalidateTools([COUNCILS_TAG], context)
        if (context.disableRevalidate) return doc // the seed: nothing is cached yet
        // Provider pages list the councils they serve by name: a renamed council shows at once.
        const { docs } = await req.payload.find({
          collection: 'providers',
          where: { areas: { in: [doc.id] } },
          select: { slug: true },
          depth: 0,
          pagination: false,
          req,
        })
        await revalidatePaths(providerPaths(...docs), context)
        return doc
      },
    ],
  },
}
