import type { TaskConfig } from 'payload'

import { deleteExpiredCallbackRequests } from '@/lib/callback/retention'

/** Every night, personal data past its retention period is deleted. */
export const DeleteExpiredCallbackRequests: TaskConfig<'deleteExpiredCallbackRequests'> = {
  slug: 'deleteExpiredCallbackRequests',
  schedule: [{ cron: '30 2 * * *', queue: 'nightly' }],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  retries: 2,
  handler: async ({ req }) => {
    const deleted = await deleteExpiredCallbackRequests(req.payload)
    req.payload.logger.info(`Retention: deleted ${deleted} expired call-back requests`)
    return { output: { deleted } }
  },
}
