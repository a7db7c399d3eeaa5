import { randomUUID } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

import { EMAIL_QUEUE } from '@/lib/email/queue'
import type { CallbackRequest } from '@/payload-types'

/**
 * Queues the staff e-mail for a new request as part of storing it, so a stored request always
 * has its notification job.
 *
 * The job goes in before the request, with the request's new random `reference` as its input,
 * and with `req`, so it shares the write's transaction where the database adapter has one (MongoDB
 * replica sets). Without transactions (Payload's SQLite default) the order still keeps the
 * promise: if queueing fails, the request is not stored and the family is told to try again;
 * if storing fails after queueing, the job finds no request and gives up after its retries.
 */
export const queueNotification: CollectionBeforeChangeHook<CallbackRequest> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const reference = data.reference || randomUUID()
  await req.payload.jobs.queue({
    task: 'notifyCallbackRequest',
    queue: EMAIL_QUEUE,
    input: { reference },
    req,
  })
  return { ...data, reference }
}
