import { randomUUID } from 'node:crypto'

import type { CollectionConfig } from 'payload'

import { publishedContentAccess } from '@/access/publishedContent'
import { ADMIN_DAY_FORMAT, reviewDateFields } from '@/fields/reviewDates'
import { slugField } from '@/fields/slug'
import { draftsOnlyForAuthors } from '@/hooks/draftsOnlyForAuthors'
import { noFallbackOnWrite } from '@/hooks/noFallbackOnWrite'
import { isUuid } from '@/lib/openReferral/uuid'
import {
  PROVIDER_KINDS,
  PROVIDER_STATUSES,
  SERVICES_OFFERED,
  selectOptions,
} from '@/lib/providers/options'

import { contactFields } from './contactFields'
import {
  revalidateDeletedProvider,
  revalidateProvider,
  snapshotPublishedProvider,
} from './hooks/revalidateProvider'

/** Services a family can contact about a disagreement, and the councils each one covers. */
export const Providers: CollectionConfig = {
  slug: 'providers',
  access: publishedContentAccess,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'status', 'lastVerified', '_status'],
    group: 'Providers',
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField({ unique: true }),
    {
      name: 'uuid',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      // Open Referral UK ids must never change, so other directories can keep their links.
      defaultValue: () => randomUUID(),
      validate: (value: string | null | undefined) =>
        (!!value && isUuid(value)) || 'A UUID is required.',
      admin: { position: 'sidebar', readOnly: true, description: 'Open Referral UK id.' },
    },
    { name: 'kind', type: 'select', required: true, options: selectOptions(PROVIDER_KINDS) },
    { name: 'description', type: 'textarea', required: true, localized: true },
    { name: 'eligibility', type: 'textarea', localized: true },
    {
      name: 'servicesOffered',
      type: 'select',
      hasMany: true,
      options: selectOptions(SERVICES_OFFERED),
    },
    {
      name: 'areas',
      type: 'relationship',
      relationTo: 'local-authorities',
      hasMany: true,
      admin: { description: 'The councils whose families this provider serves.' },
    },
    { name: 'contact', type: 'group', fields: contactFields },
    // meta (title, description per language): @payloadcms/plugin-seo, added in plugins/index.ts.
    { name: 'acceptsCallbacks', type: 'checkbox', defaultValue: false },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: selectOptions(PROVIDER_STATUSES),
      admin: { position: 'sidebar' },
    },
    {
      name: 'lastVerified',
      type: 'date',
      required: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: ADMIN_DAY_FORMAT },
        description: 'When someone last checked these details with the provider.',
      },
    },
    ...reviewDateFields,
  ],
  hooks: {
    beforeOperation: [draftsOnlyForAuthors, noFallbackOnWrite],
    beforeChange: [snapshotPublishedProvider],
    afterChange: [revalidateProvider],
    afterDelete: [revalidateDeletedProvider],
  },
  versions: { drafts: true, maxPerDoc: 50 },
}
