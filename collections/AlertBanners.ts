import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { authenticatedOrLive } from '@/access/authenticatedOrLive'
import { canDeleteContent, canSaveDraftOrPublish, canWriteContent } from '@/access/publishing'
import { draftsOnlyForAuthors } from '@/hooks/draftsOnlyForAuthors'
import { noFallbackOnWrite } from '@/hooks/noFallbackOnWrite'
import { safeHref, SEVERITIES } from '@/lib/alertBanner/visibility'
import { purgeOnPublishedChange } from '@/lib/cache/hooks'
import { CACHE_TAGS } from '@/lib/cache/tags'

// Every page reads the published banners under one tag; drafts of a banner purge nothing.
const purgeBanners = purgeOnPublishedChange({
  collection: 'alert-banners',
  listFields: [],
  purgeFor: () => ({ tags: [CACHE_TAGS.alertBanners] }),
})

const validateLink: TextFieldSingleValidation = (value) =>
  !value || safeHref(value)
    ? true
    : 'Enter a path on this site starting with / (for example /pl/resolving-a-disagreement/proposed-changes-2026) or an address starting with https://.'

/**
 * A message at the top of every page (or of chosen guides) for a set time, such as a change in
 * the law or a service being closed. Readers can hide it; it shows again if its text changes.
 */
export const AlertBanners: CollectionConfig = {
  slug: 'alert-banners',
  labels: { singular: 'Alert banner', plural: 'Alert banners' },
  access: {
    create: canWriteContent,
    read: authenticatedOrLive,
    readVersions: canWriteContent,
    update: canSaveDraftOrPublish,
    delete: canDeleteContent,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'severity', 'startsAt', 'endsAt', '_status'],
    description:
      'Shown at the top of pages while published and between its start and end. Readers can hide it; it shows again when you change its text.',
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      localized: true,
      admin: { description: 'Plain sentences. Leave an empty line between paragraphs.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'linkLabel', type: 'text', localized: true, label: 'Link text' },
        {
          name: 'linkUrl',
          type: 'text',
          localized: true,
          label: 'Link address',
          validate: validateLink,
          admin: {
            description:
              'A path such as /en/resolving-a-disagreement/proposed-changes-2026, or https://...',
          },
        },
      ],
    },
    {
      name: 'severity',
      type: 'select',
      required: true,
      defaultValue: 'information',
      options: SEVERITIES.map((value) => ({
        value,
        label: value === 'warning' ? 'Warning' : 'Information',
      })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'startsAt',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Empty: as soon as it is published.',
      },
    },
    {
      name: 'endsAt',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Empty: until it is unpublished.',
      },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        const start = siblingData?.startsAt
        if (value && start && new Date(value as string) <= new Date(start as string)) {
          return 'The end must come after the start.'
        }
        return true
      },
    },
    {
      name: 'pages',
      type: 'relationship',
      relationTo: 'pages',
      hasMany: true,
      admin: {
        position: 'sidebar',
        description: 'Empty: every page. Otherwise only on these guides.',
      },
    },
  ],
  hooks: {
    beforeOperation: [draftsOnlyForAuthors, noFallbackOnWrite],
    beforeChange: [purgeBanners.beforeChange],
    afterChange: [purgeBanners.afterChange],
    afterDelete: [purgeBanners.afterDelete],
  },
  versions: { drafts: true, maxPerDoc: 20 },
}
