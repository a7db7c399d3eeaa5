import type { CollectionAfterChangeHook, CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { canWriteContent } from '@/access/publishing'
import { nobody } from '@/access/nobody'
import { localeCodes } from '@/i18n/locales'
import { EMAIL_QUEUE } from '@/lib/email/queue'
import { PROBLEM_MAX_LENGTH } from '@/lib/feedback/formState'
import { selectOptions } from '@/lib/providers/options'

const readOnlyAfterCreate: FieldAccess = () => false

/** A reported problem goes to the page's owner by e-mail (jobs/notifyPageOwner.ts). */
const queueOwnerNotice: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create' && doc.kind === 'problem') {
    await req.payload.jobs.queue({
      task: 'notifyPageOwner',
      queue: EMAIL_QUEUE,
      input: { feedback: String(doc.id) },
      req,
    })
  }
  return doc
}

/**
 * What readers said about a page through the box at the foot of every page: "useful", "not
 * useful", or a problem in their own words. Nothing identifies the reader. Only the public box's
 * server action creates one; staff read them, mark their progress and group them into "You said,
 * we did" entries (SEND Regulations 2014, reg 56: comments on the Local Offer and the council's
 * response are published).
 */
export const PageFeedback: CollectionConfig = {
  slug: 'page-feedback',
  labels: { singular: 'Page feedback', plural: 'Page feedback' },
  access: { create: nobody, read: canWriteContent, update: canWriteContent, delete: isAdmin },
  admin: {
    useAsTitle: 'page',
    defaultColumns: ['page', 'kind', 'problem', 'status', 'createdAt'],
    listSearchableFields: ['page', 'problem'],
    group: 'Families',
    description:
      'Newest first. Answers to "Is this page useful?" and problems readers reported. Group them into a "You said, we did" entry to publish your response.',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'page',
      type: 'text',
      required: true,
      access: { update: readOnlyAfterCreate },
      admin: { readOnly: true, description: 'The address the reader was on.' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'useful', label: 'Useful' },
        { value: 'notUseful', label: 'Not useful' },
        { value: 'problem', label: 'Problem reported' },
      ],
      access: { update: readOnlyAfterCreate },
      admin: { readOnly: true },
    },
    {
      name: 'problem',
      type: 'textarea',
      maxLength: PROBLEM_MAX_LENGTH,
      access: { update: readOnlyAfterCreate },
      admin: { readOnly: true, description: 'In the reader’s own words.' },
    },
    {
      name: 'locale',
      type: 'select',
      options: selectOptions(localeCodes),
      access: { update: readOnlyAfterCreate },
      admin: { readOnly: true, description: 'The language the reader used.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      options: [
        { value: 'new', label: 'New' },
        { value: 'reviewed', label: 'Reviewed' },
        { value: 'answered', label: 'Answered in "You said, we did"' },
      ],
      admin: { position: 'sidebar' },
    },
  ],
  hooks: { afterChange: [queueOwnerNotice] },
  timestamps: true,
}
