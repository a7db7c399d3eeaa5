import type { Payload } from 'payload'

import { dayInEngland, todayInEngland } from '@/i18n/dates'
import { defaultLocale } from '@/i18n/locales'
import { addDays } from '@/lib/deadlines/isoDate'
import { EMAIL_QUEUE } from '@/lib/email/queue'
import { serverUrl } from '@/lib/env'

import { reviewReminderNotice } from './notice'
import { ownerAddress } from './owner'
import { dayToStoredDate, reminderOwed, type ReminderKind } from './schedule'

/** The collections with owners and review dates (fields/reviewDates.ts). */
export const REVIEWED_COLLECTIONS = ['pages', 'providers'] as const
export type ReviewedCollection = (typeof REVIEWED_COLLECTIONS)[number]

/** One reminder per document, due day and kind: what makes a re-run send nothing twice. */
export const reminderKey = (
  collection: ReviewedCollection,
  id: number | string,
  dueDay: string,
  kind: ReminderKind,
) => `${collection}:${id}:${dueDay}:${kind}`

type Reviewed = {
  id: number | string
  title?: string
  name?: string
  nextReview?: string | null
  owner?: unknown
  ownerEmail?: string | null
}

/**
 * The daily pass (jobs/sendReviewReminders.ts): for each published page and provider whose
 * review is due within 7 days or overdue on `now`'s UK day, the reminder owed
 * (lib/reviews/schedule.ts `reminderOwed`) unless one with the same key exists. Each is recorded
 * in `review-reminders` (staff read them) and its e-mail queued on the e-mail queue; one without
 * an owner address is recorded as "no-recipient" and sends nothing.
 *
 * @returns how many reminders were recorded, and how many of them were queued to send
 */
export async function queueReviewReminders(
  payload: Payload,
  now: Date = new Date(),
): Promise<{ recorded: number; queued: number }> {
  const today = todayInEngland(now)
  let recorded = 0
  let queued = 0
  for (const collection of REVIEWED_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      where: {
        _status: { equals: 'published' },
        // Loose bound (time zones); reminderOwed decides by the UK day.
        nextReview: { less_than: `${addDays(today, 9)}T00:00:00.000Z` },
      },
      locale: defaultLocale,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs as Reviewed[]) {
      if (!doc.nextReview) continue
      const kind = reminderOwed(doc.nextReview, today)
      if (!kind) continue
      const dueDay = dayInEngland(doc.nextReview)
      const key = reminderKey(collection, doc.id, dueDay, kind)
      const { totalDocs } = await payload.count({
        collection: 'review-reminders',
        where: { key: { equals: key } },
        overrideAccess: true,
      })
      if (totalDocs > 0) continue
      const recipient = await ownerAddress(payload, doc)
      const reminder = await payload.create({
        collection: 'review-reminders',
        data: {
          key,
          documentCollection: collection,
          documentId: String(doc.id),
          title: doc.title ?? doc.name ?? String(doc.id),
          kind,
          dueDate: dayToStoredDate(dueDay),
          recipient,
          status: recipient ? 'queued' : 'no-recipient',
        },
        overrideAccess: true,
      })
      recorded += 1
      if (!recipient) {
        payload.logger.warn(`Review reminder ${key}: no owner e-mail address`)
        continue
      }
      await payload.jobs.queue({
        task: 'sendReviewReminder',
        queue: EMAIL_QUEUE,
        input: { reminder: String(reminder.id) },
      })
      queued += 1
    }
  }
  return { recorded, queued }
}

/**
 * Sends the queued reminder with this id through Payload's e-mail adapter and marks it sent.
 * Returns 'sent', or 'already-sent' (a retried job after a send that succeeded). Throws when the
 * reminder is missing or the mail server refuses, so the job queue retries.
 */
export async function sendReviewReminder(
  payload: Payload,
  id: string,
): Promise<'sent' | 'already-sent'> {
  const reminder = await payload.findByID({
    collection: 'review-reminders',
    id,
    depth: 0,
    overrideAccess: true,
  })
  if (reminder.status === 'sent') return 'already-sent'
  if (!reminder.recipient) throw new Error(`Review reminder ${id} has no recipient`)
  const admin = `${serverUrl()}/admin`
  await payload.sendEmail({
    to: reminder.recipient,
    ...reviewReminderNotice({
      kind: reminder.kind,
      title: reminder.title,
      dueDay: dayInEngland(reminder.dueDate),
      editUrl: `${admin}/collections/${reminder.documentCollection}/${reminder.documentId}`,
      dashboardUrl: admin,
    }),
  })
  await payload.update({
    collection: 'review-reminders',
    id,
    data: { status: 'sent', sentAt: new Date().toISOString() },
    overrideAccess: true,
  })
  return 'sent'
}
