import type { CollectionConfig, PayloadHandler } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { canWriteContent } from '@/access/publishing'
import { nobody } from '@/access/nobody'
import { ADMIN_DAY_FORMAT } from '@/fields/reviewDates'
import { queueReviewReminders, REVIEWED_COLLECTIONS } from '@/lib/reviews/reminders'

/**
 * POST /api/review-reminders/run: content staff run today's reminder pass now (the daily job's
 * work; what was already sent is not sent again). Answers `{ recorded, queued }`.
 */
const runNow: PayloadHandler = async (req) => {
  if (!canWriteContent({ req })) {
    return Response.json({ errors: [{ message: 'Sign in as content staff.' }] }, { status: 403 })
  }
  return Response.json(await queueReviewReminders(req.payload))
}

/**
 * The review reminders the daily job has sent or will send (jobs/sendReviewReminders.ts): one per
 * page or provider, due day and kind (a week before, on the day), so a re-run sends nothing
 * twice. Written only by the job; content staff read them to see who was told.
 */
export const ReviewReminders: CollectionConfig = {
  slug: 'review-reminders',
  access: { create: nobody, read: canWriteContent, update: nobody, delete: isAdmin },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'dueDate', 'recipient', 'status', 'sentAt'],
    group: 'Content',
    description: 'E-mails sent to owners a week before and on the day a review is due.',
  },
  defaultSort: '-createdAt',
  endpoints: [{ path: '/run', method: 'post', handler: runNow }],
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    {
      name: 'documentCollection',
      type: 'select',
      required: true,
      options: REVIEWED_COLLECTIONS.map((value) => ({ value, label: value })),
    },
    { name: 'documentId', type: 'text', required: true },
    { name: 'title', type: 'text', required: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'weekBefore', label: 'A week before' },
        { value: 'dueDay', label: 'On the due day' },
      ],
    },
    {
      name: 'dueDate',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: ADMIN_DAY_FORMAT } },
    },
    { name: 'recipient', type: 'email' },
    {
      name: 'status',
      type: 'select',
      required: true,
      options: [
        { value: 'queued', label: 'Queued' },
        { value: 'sent', label: 'Sent' },
        { value: 'no-recipient', label: 'Not sent: no owner e-mail' },
      ],
    },
    { name: 'sentAt', type: 'date' },
  ],
  timestamps: true,
}
