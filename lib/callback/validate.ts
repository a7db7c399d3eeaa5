import { stripInvisible } from '@/lib/plainText'

import {
  CALLBACK_TOPICS,
  MESSAGE_MAX,
  NAME_MAX,
  PREFERRED_TIMES,
  type CallbackTopic,
  type PreferredTime,
} from './options'
import { normaliseUkPhone } from './phone'

/** The fields a family fills in, as the browser sends them. */
export const CALLBACK_FIELDS = [
  'name',
  'phone',
  'preferredTime',
  'topic',
  'message',
  'consent',
] as const
export type CallbackField = (typeof CALLBACK_FIELDS)[number]
export type CallbackValues = Record<CallbackField, string>

/** Each code is a message key under Callback.errors, so both server and browser say the same. */
export type CallbackErrorCode =
  | 'nameRequired'
  | 'nameTooLong'
  | 'phoneRequired'
  | 'phoneInvalid'
  | 'preferredTimeRequired'
  | 'topicRequired'
  | 'messageTooLong'
  | 'consentRequired'

export type CallbackErrors = Partial<Record<CallbackField, CallbackErrorCode>>

export type CallbackRequestData = {
  name: string
  phone: string
  preferredTime: PreferredTime
  topic: CallbackTopic
  message: string
  consent: true
}

export type CallbackValidation =
  { ok: true; data: CallbackRequestData } | { ok: false; errors: CallbackErrors }

export const emptyCallbackValues: CallbackValues = {
  name: '',
  phone: '',
  preferredTime: '',
  topic: '',
  message: '',
  consent: '',
}

/** Reads the form's fields from anything keyed by name (FormData on the server, values in the browser). */
export function callbackValuesFrom(get: (name: CallbackField) => unknown): CallbackValues {
  const values = { ...emptyCallbackValues }
  for (const field of CALLBACK_FIELDS) {
    const value = get(field)
    values[field] = typeof value === 'string' ? value : value === true ? 'yes' : ''
  }
  return values
}

function includes<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value)
}

/**
 * The one set of rules for a call-back request. The browser runs it through react-hook-form to
 * answer at once; the server action runs it again, because only the server's answer counts.
 */
export function validateCallback(values: CallbackValues): CallbackValidation {
  const errors: CallbackErrors = {}
  // Control and bidirectional characters are stripped, not refused (see lib/plainText.ts).
  const name = stripInvisible(values.name).trim().replace(/\s+/g, ' ')
  if (!name) errors.name = 'nameRequired'
  else if (name.length > NAME_MAX) errors.name = 'nameTooLong'

  const phone = values.phone.trim() ? normaliseUkPhone(values.phone) : null
  if (!values.phone.trim()) errors.phone = 'phoneRequired'
  else if (!phone) errors.phone = 'phoneInvalid'

  const preferredTime = values.preferredTime
  if (!includes(PREFERRED_TIMES, preferredTime)) errors.preferredTime = 'preferredTimeRequired'

  const topic = values.topic
  if (!includes(CALLBACK_TOPICS, topic)) errors.topic = 'topicRequired'

  const message = stripInvisible(values.message, { multiline: true }).trim()
  if (message.length > MESSAGE_MAX) errors.message = 'messageTooLong'

  if (values.consent !== 'yes') errors.consent = 'consentRequired'

  if (Object.keys(errors).length > 0 || !phone) return { ok: false, errors }
  return {
    ok: true,
    data: {
      name,
      phone,
      preferredTime: preferredTime as PreferredTime,
      topic: topic as CallbackTopic,
      message,
      consent: true,
    },
  }
}
