import type { CollectionBeforeDeleteHook, CollectionConfig } from 'payload'

import { APIError } from 'payload'

import { anyone } from '@/access/anyone'
import { canPublish } from '@/access/publishing'
import { purgeTagsOnChange } from '@/lib/cache/hooks'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { REGIONS, selectOptions } from '@/lib/providers/options'

// The council list is cached, and provider pages show the names of the councils they serve:
// adding, renaming or deleting a council refreshes both.
const purgeCouncils = purgeTagsOnChange([CACHE_TAGS.councils, CACHE_TAGS.providers])

/**
 * A council that providers serve cannot be deleted: families choosing it would lose those
 * services, and the providers would keep a dangling area. The message names the providers
 * (drafts included) so an editor can take the council off them first.
 */
const refuseDeleteWhileServed: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const found = new Map<number | string, string>()
  for (const draft of [false, true]) {
    const { docs } = await req.payload.find({
      collection: 'providers',
      where: { areas: { in: [id] } },
      select: { name: true },
      depth: 0,
      limit: 0,
      pagination: false,
      draft,
      req,
    })
    for (const doc of docs) found.set(doc.id, doc.name)
  }
  if (found.size === 0) return
  const names = [...found.values()].map((name) => `"${name}"`).join(', ')
  throw new APIError(
    `This council cannot be deleted while providers serve it: ${names}. Remove it from their areas first.`,
    409,
    undefined,
    true,
  )
}

/** Upper-tier English councils: families choose theirs to find the services it commissions. */
export const LocalAuthorities: CollectionConfig = {
  slug: 'local-authorities',
  access: { read: anyone, create: canPublish, update: canPublish, delete: canPublish },
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
    beforeDelete: [refuseDeleteWhileServed],
    afterChange: [purgeCouncils.afterChange],
    afterDelete: [purgeCouncils.afterDelete],
  },
}
