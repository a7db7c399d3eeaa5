import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { purgeTagsOnChange } from '@/lib/cache/hooks'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { REGIONS, selectOptions } from '@/lib/providers/options'

// The council list is cached, and provider pages show the names of the councils they serve:
// adding, renaming or deleting a council refreshes both.
const purgeCouncils = purgeTagsOnChange([CACHE_TAGS.councils, CACHE_TAGS.providers])

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
    afterChange: [purgeCouncils.afterChange],
    afterDelete: [purgeCouncils.afterDelete],
  },
}
