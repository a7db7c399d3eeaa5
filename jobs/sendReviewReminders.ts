import type { TaskConfig } from 'payload'

import { queueReviewReminders, sendReviewReminder } from '@/lib/reviews/reminders'

/**
 * Every morning (07:00 server time, on the nightly queue), the owners of pages and providers due
 * for review in a week or today are e-mailed, once each (lib/reviews/reminders.ts). Staff can run
 * the same pass at once: POST /api/review-reminders/run.
 */
export const SendReviewReminders: TaskConfig<'sendReviewReminders'> = {
  slug: 'sendReviewReminders',
  schedule: [{ cron: '0 7 * * *', queue: 'nightly' }],
  outputSchema: [
    { name: 'recorded', type: 'number', required: true },
    { name: 'queued', type: 'number', required: true },
  ],
  retries: 2,
  handler: async ({ req }) => ({ output: await queueReviewReminders(req.payload) }),
}

/**
 * Sends one review reminder (queued by the daily pass on the e-mail queue). A refused or
 * unreachable mail server fails the attempt, and it is tried again, as the call-back notices are.
 */
export const SendReviewReminder: TaskConfig<'sendReviewReminder'> = {
  slug: 'sendReviewReminder',
  inputSchema: [{ name: 'reminder', type: 'text', required: true }],
  outputSchema: [{ name: 'result', type: 'text', required: true }],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => ({
    output: { result: await sendReviewReminder(req.payload, input.reminder) },
  }),
}
