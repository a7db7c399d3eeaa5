import type { Payload } from 'payload'

import { DEFAULT_RETENTION_DAYS } from './options'

const DAY_MS = 24 * 60 * 60 * 1000

/** The moment before which requests are too old to keep. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS)
}

/** Deletes call-back requests older than the retention period in site settings. */
export async function deleteExpiredCallbackRequests(
  payload: Payload,
  now = new Date(),
): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const days = settings.callbackRetentionDays ?? DEFAULT_RETENTION_DAYS
  const { docs } = await payload.delete({
    collection: 'callback-requests',
    where: { createdAt: { less_than: retentionCutoff(now, days).toISOString() } },
    depth: 0,
  })
  return docs.length
}
