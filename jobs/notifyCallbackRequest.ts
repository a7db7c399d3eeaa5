import type { TaskConfig } from 'payload'

import { sendCallbackNotice } from '@/lib/callback/notify'

/**
 * E-mails staff that a call-back request has arrived. Queued by the collection's beforeChange
 * hook in the same write as the request (see collections/CallbackRequests/hooks). A refused or
 * unreachable mail server fails the attempt; it is tried again after 30 s, 1, 2, 4, 8, 16, 32
 * and 64 minutes (about two hours in all). The request stays in the inbox whatever happens.
 */
export const NotifyCallbackRequest: TaskConfig<'notifyCallbackRequest'> = {
  slug: 'notifyCallbackRequest',
  inputSchema: [{ name: 'reference', type: 'text', required: true }],
  outputSchema: [{ name: 'result', type: 'text', required: true }],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const result = await sendCallbackNotice(req.payload, input.reference)
    return { output: { result } }
  },
}
