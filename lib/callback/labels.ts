import en from '@/messages/en.json'
import { locales } from '@/i18n/locales'

import { CALLBACK_STATUSES, CALLBACK_TOPICS, PREFERRED_TIMES } from './options'

/** Whom a request is for: the council's SEN team, or an independent provider. */
export const CALLBACK_INBOXES = ['sen-team', 'provider'] as const
export type CallbackInbox = (typeof CALLBACK_INBOXES)[number]

/** What a history entry records. */
export const HISTORY_EVENTS = ['note', 'status'] as const

const STATUS_LABELS: Record<(typeof CALLBACK_STATUSES)[number], string> = {
  new: 'New',
  contacted: 'Contacted',
  closed: 'Closed',
}
const INBOX_LABELS: Record<CallbackInbox, string> = {
  'sen-team': 'Council SEN team',
  provider: 'Independent provider',
}
const EVENT_LABELS: Record<(typeof HISTORY_EVENTS)[number], string> = {
  note: 'Note',
  status: 'Status changed',
}

/**
 * Staff see words, not codes: the topic and time as the family saw them on the English form
 * (messages/en.json), the language by name ("Urdu"), the status in plain words. One source for
 * the admin's select options and the CSV export.
 */
export const CALLBACK_LABELS = {
  topic: Object.fromEntries(CALLBACK_TOPICS.map((t) => [t, en.CallbackForm.topics[t]])),
  preferredTime: Object.fromEntries(
    PREFERRED_TIMES.map((t) => [t, en.CallbackForm.preferredTimes[t]]),
  ),
  locale: Object.fromEntries(locales.map((l) => [l.code, l.label])),
  status: STATUS_LABELS,
  inbox: INBOX_LABELS,
  event: EVENT_LABELS,
} satisfies Record<string, Record<string, string>>

export type LabelledField = keyof typeof CALLBACK_LABELS

/** The label for a stored code; an unknown code is shown as it is rather than hidden. */
export function callbackLabel(field: LabelledField, code: string | null | undefined): string {
  if (!code) return ''
  return (CALLBACK_LABELS[field] as Record<string, string>)[code] ?? code
}

/** Payload select options with the labels above. */
export function labelledOptions(field: LabelledField) {
  return Object.entries(CALLBACK_LABELS[field]).map(([value, label]) => ({ label, value }))
}
