import type { CollectionConfig } from 'payload'

import { createBreadcrumbsField, createParentField } from '@payloadcms/plugin-nested-docs'

import { publishedContentAccess } from '@/access/publishedContent'
import { canUpdatePage } from '@/access/publishing'
import { contentUpdatedAtField, reviewDateFields } from '@/fields/reviewDates'
import { slugField, validateSlug } from '@/fields/slug'
import {
  markUserWrite,
  recordWorkflow,
  refuseSelfApproval,
  workflowFields,
} from '@/fields/workflow'
import { draftsOnlyForAuthors } from '@/hooks/draftsOnlyForAuthors'
import { noFallbackOnWrite } from '@/hooks/noFallbackOnWrite'

import { indexForSearch } from './hooks/indexForSearch'
import { pathFromBreadcrumbs } from './hooks/pathFromBreadcrumbs'
import { redirectOldPaths, rememberPublishedPath } from './hooks/redirectOldPaths'
import { refuseDeleteWithChildren } from './hooks/refuseDeleteWithChildren'
import { publishEnglishFirst } from './hooks/publishEnglishFirst'
import { refuseParentLoop } from './hooks/refuseParentLoop'
import {
  revalidateDeletedPage,
  revalidatePage,
  snapshotPublishedPage,
} from './hooks/revalidatePage'
import { slugFromTitle } from './hooks/slugFromTitle'
import { stampTextChange } from './hooks/stampTextChange'

export const Pages: CollectionConfig = {
  slug: 'pages',
  // Authors write drafts; publishers publish; a second person for guides that need one.
  access: { ...publishedContentAccess, update: canUpdatePage },
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
    slugField({
      // Empty is fine while there is a title: slugFromTitle makes one from it.
      validate: (value: unknown, { siblingData }: { siblingData: { title?: unknown } }) =>
        (!value && !!siblingData?.title) || validateSlug(value),
      admin: {
        position: 'sidebar',
        description:
          'The last part of the web address, the same in every language. Left empty, it is made from the English title. Changing it later leaves a redirect from the old address.',
      },
    }),
    // Parent and breadcrumbs: @payloadcms/plugin-nested-docs (plugins/index.ts). Breadcrumbs are
    // shared by every language like slugs: the site shows each ancestor's title in the reader's.
    createParentField('pages', { admin: { position: 'sidebar' } }),
    createBreadcrumbsField('pages', {
      localized: false,
      admin: { position: 'sidebar', description: 'Worked out from the parent pages.' },
    }),
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
    ...workflowFields,
    contentUpdatedAtField,
    // meta (title, description per language): @payloadcms/plugin-seo, added in plugins/index.ts.
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
    beforeOperation: [
      draftsOnlyForAuthors,
      refuseSelfApproval,
      markUserWrite,
      publishEnglishFirst,
      noFallbackOnWrite,
    ],
    beforeValidate: [slugFromTitle, refuseParentLoop],
    // The nested-docs plugin puts its breadcrumbs hook first; the path is read from them.
    beforeChange: [
      pathFromBreadcrumbs,
      rememberPublishedPath,
      indexForSearch,
      stampTextChange,
      snapshotPublishedPage,
      recordWorkflow,
    ],
    afterChange: [redirectOldPaths, revalidatePage],
    beforeDelete: [refuseDeleteWithChildren],
    afterDelete: [revalidateDeletedPage],
  },
  versions: {
    drafts: { autosave: { interval: 800 }, schedulePublish: true },
    maxPerDoc: 50,
  },
}
