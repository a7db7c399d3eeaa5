import type { Payload } from 'payload'

import { dayInEngland, todayInEngland } from '@/i18n/dates'
import { defaultLocale } from '@/i18n/locales'
import { addDays } from '@/lib/deadlines/isoDate'
import { EMAIL_QUEUE } from '@/lib/email/queue'
import { serverUrl } from '@/lib/env'

import { reviewReminderNotice } from './notice'
import { ownerAddress } from './owner'
import { dayToStoredDate, reminderOwed, type ReminderKind } from './schedule'
import type { ReviewReminder } from '@/payload-types'

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

/** A reminder owed by one page or provider today, not yet recorded as far as the pass knows. */
type Owed = { doc: Reviewed; kind: ReminderKind; dueDay: string; key: string }

/**
 * The daily pass (jobs/sendReviewReminders.ts): for each published page and provider whose
 * review is due within 7 days or overdue on `now`'s UK day, the reminder owed
 * (lib/reviews/schedule.ts `reminderOwed`) unless one with the same key exists. Each is recorded
 * in `review-reminders` (staff read them) and its e-mail queued on the e-mail queue; one without
 * an owner address is recorded as "no-recipient" and sends nothing.
 *
 * Two passes may overlap (the daily job and POST /api/review-reminders/run): the recorded keys
 * are read in one query per collection, and a record the other pass made in the meantime (the
 * unique `key` refuses the second) counts as already sent: no error, no second e-mail.
 *
 * @returns how many reminders this pass recorded, and how many of them were queued to send
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
    const owed: Owed[] = []
    for (const doc of docs as Reviewed[]) {
      const kind = doc.nextReview ? reminderOwed(doc.nextReview, today) : null
      if (!kind) continue
      const dueDay = dayInEngland(doc.nextReview!)
      owed.push({ doc, kind, dueDay, key: reminderKey(collection, doc.id, dueDay, kind) })
    }
    const recordedKeys = await existingKeys(
      payload,
      owed.map((o) => o.key),
    )
    for (const { doc, kind, dueDay, key } of owed) {
      if (recordedKeys.has(key)) continue
      const recipient = await ownerAddress(payload, doc)
      const reminder = await recordOnce(payload, {
        key,
        documentCollection: collection,
        documentId: String(doc.id),
        title: doc.title ?? doc.name ?? String(doc.id),
        kind,
        dueDate: dayToStoredDate(dueDay),
        recipient,
        status: recipient ? 'queued' : 'no-recipient',
      })
      if (!reminder) continue
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

/** Which of `keys` are already recorded, in one query. */
async function existingKeys(payload: Payload, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set()
  const { docs } = await payload.find({
    collection: 'review-reminders',
    where: { key: { in: keys } },
    select: { key: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(docs.map((doc) => doc.key))
}

/**
 * Records the reminder; null when a reminder with its key exists, because another pass recorded
 * it since this one looked (the create then fails on the unique key). Any other failure throws.
 */
async function recordOnce(
  payload: Payload,
  data: Omit<ReviewReminder, 'id' | 'createdAt' | 'updatedAt'>,
): Promise<ReviewReminder | null> {
  try {
    return await payload.create({ collection: 'review-reminders', data, overrideAccess: true })
  } catch (error) {
    const { totalDocs } = await payload.count({
      collection: 'review-reminders',
      where: { key: { equals: data.key } },
      overrideAccess: true,
    })
    if (totalDocs > 0) return null
    throw error
  }
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
