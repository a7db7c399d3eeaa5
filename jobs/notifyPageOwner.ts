import type { TaskConfig } from 'payload'

import { sendProblemReportNotice } from '@/lib/feedback/notifyOwner'

/**
 * E-mails a page's owner that a reader reported a problem with it (queued by the page-feedback
 * collection on create). Retried like the other staff e-mails when the mail server fails.
 */
export const NotifyPageOwner: TaskConfig<'notifyPageOwner'> = {
  slug: 'notifyPageOwner',
  inputSchema: [{ name: 'feedback', type: 'text', required: true }],
  outputSchema: [{ name: 'result', type: 'text', required: true }],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => ({
    output: { result: await sendProblemReportNotice(req.payload, input.feedback) },
  }),
}
