// Shared with the browser: nothing here may import server-only code (Payload, node:crypto).
import { emptyCallbackValues, type CallbackErrors, type CallbackValues } from './validate'

/** What the form shows after a submission; values come back so nothing typed is lost. */
export type CallbackFormState = {
  status: 'idle' | 'invalid' | 'sent' | 'rateLimited' | 'unavailable' | 'failed'
  values: CallbackValues
  errors: CallbackErrors
}

export const initialCallbackState: CallbackFormState = {
  status: 'idle',
  values: emptyCallbackValues,
  errors: {},
}

/** The honeypot: a field people never see or reach, and form-filling bots fill in. */
export const HONEYPOT_FIELD = 'website'
