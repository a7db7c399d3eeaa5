import type { CollectionAfterChangeHook } from 'payload'

import { notifyCallbackRequest } from '@/lib/callback/notify'
import type { CallbackRequest } from '@/payload-types'

/** Tells the provider (or the council SEN team) a request has arrived, without delaying the family. */
export const notifyOnCreate: CollectionAfterChangeHook<CallbackRequest> = ({
  doc,
  operation,
  req,
}) => {
  if (operation === 'create') {
    notifyCallbackRequest(req.payload, doc).catch((error: unknown) =>
      req.payload.logger.error({ err: error }, `Call-back request ${doc.id}: notification failed`),
    )
  }
  return doc
}
