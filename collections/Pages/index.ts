import type { CollectionConfig } from 'payload'

import { publishedContentAccess } from '@/access/publishedContent'
import { reviewDateFields } from '@/fields/reviewDates'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { noFallbackOnWrite } from '@/hooks/noFallbackOnWrite'

import { computePath } from './hooks/computePath'
import { indexForSearch } from './hooks/indexForSearch'
import { publishEnglishFirst } from './hooks/publishEnglishFirst'
import { stampTextChange } from './hooks/stampTextChange'
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
    {
      name: 'callbackForm',
      type: 'checkbox',
      defaultValue: false,
      label: 'Show the call-back request form',
      admin: {
        position: 'sidebar',
        description: 'Requests from this page go to the council SEN team in site settings.',
      },
    },
    {
      name: 'structuredData',
      type: 'select',
      defaultValue: 'none',
      options: [
        { label: 'None', value: 'none' },
        { label: 'Questions and answers (FAQPage)', value: 'faq' },
      ],
      admin: {
        position: 'sidebar',
        description:
          'Questions and answers: each third-level heading is a question, the text under it its answer.',
      },
    },
    ...reviewDateFields,
    seoFields,
    {
      name: 'searchText',
      type: 'textarea',
      localized: true,
      admin: { hidden: true },
    },
    {
      name: 'translatedAt',
      type: 'date',
      localized: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description:
          "When this language's text last changed. Translation status compares it with English.",
      },
    },
  ],
  hooks: {
    // noFallbackOnWrite last: a Local API call in an earlier hook resets the request's fallback.
    beforeOperation: [publishEnglishFirst, noFallbackOnWrite],
    beforeChange: [computePath, indexForSearch, stampTextChange],
    afterChange: [revalidatePage],
    afterDelete: [revalidateDeletedPage],
  },
  versions: {
    drafts: { autosave: { interval: 800 }, schedulePublish: true },
    maxPerDoc: 50,
  },
}
