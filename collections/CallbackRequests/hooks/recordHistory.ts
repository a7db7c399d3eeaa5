import type { CollectionBeforeChangeHook } from 'payload'

import { inboxFor, nextHistory, type HistoryEntry } from '@/lib/callback/history'
import type { CallbackRequest } from '@/payload-types'

const idOf = (value: CallbackRequest['provider']) =>
  value && typeof value === 'object' ? value.id : value

/** On create: files the request in its inbox (SEN team or the provider's), from the provider's kind. */
export const assignInbox: CollectionBeforeChangeHook<CallbackRequest> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const providerId = idOf(data.provider)
  const provider = providerId
    ? await req.payload.findByID({
        collection: 'providers',
        id: providerId,
        depth: 0,
        select: { kind: true },
        req,
      })
    : null
  return { ...data, inbox: inboxFor(provider?.kind), history: [] }
}

/**
 * On update: appends a status change and the note typed into "Add a note" to the history, with
 * the staff member's e-mail and the time. The stored history is the base, never what was sent.
 */
export const recordHistory: CollectionBeforeChangeHook<CallbackRequest> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update') return data
  const who = (req.user as { email?: string } | null)?.email ?? 'system'
  const history = nextHistory(
    (originalDoc?.history ?? []) as HistoryEntry[],
    { previousStatus: originalDoc?.status, status: data.status, note: data.addNote },
    who,
    new Date().toISOString(),
  )
  return { ...data, history, addNote: undefined }
}
