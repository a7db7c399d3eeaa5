import type { Payload } from 'payload'

import { errorCode } from '@/lib/log/errorForLog'
import type { RateLimiter } from '@/lib/rateLimit'

import { FEEDBACK_HONEYPOT_FIELD, type FeedbackState } from './formState'
import { validateFeedback, type FeedbackInput } from './validate'

/** Ten answers or reports per client in ten minutes: plenty for a reader, little for a script. */
export const FEEDBACK_RATE_LIMIT = { limit: 10, windowMs: 10 * 60 * 1000 }

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/**
 * Everything the feedback box's server action does: validate, limit, drop what the honeypot
 * caught, store in `page-feedback` (staff-only; nothing identifies the reader).
 *
 * @returns the box's next state: `thanks` (useful), `askDetails` (not useful: the box then asks
 *   what was wrong), `sent` (problem stored), `invalid` (with the typed problem and an error
 *   code), `rateLimited`, or `failed` (not stored; only an error code and the request id are
 *   logged). A malformed submission (not from the form) comes back as `idle`. Never throws.
 */
export async function submitFeedback(
  payload: Payload,
  form: FeedbackInput,
  { client, limiter, requestId }: { client: string; limiter: RateLimiter; requestId: string },
): Promise<FeedbackState> {
  const result = validateFeedback(form)
  if (!result.ok) {
    return result.reason === 'invalid'
      ? { status: 'invalid', problem: result.problem, error: result.error }
      : { status: 'idle', problem: '' }
  }
  const { feedback } = result
  const done: FeedbackState =
    feedback.kind === 'useful'
      ? { status: 'thanks', problem: '' }
      : feedback.kind === 'notUseful'
        ? { status: 'askDetails', problem: '' }
        : { status: 'sent', problem: '' }
  if (!(await limiter.take(client)).allowed) {
    return { status: 'rateLimited', problem: feedback.problem }
  }
  if (text(form.get(FEEDBACK_HONEYPOT_FIELD)).trim()) return done

  try {
    await payload.create({
      collection: 'page-feedback',
      data: {
        kind: feedback.kind,
        page: feedback.page,
        locale: feedback.locale,
        problem: feedback.problem || undefined,
        status: 'new',
      },
      overrideAccess: true,
    })
    return done
  } catch (error) {
    payload.logger.error({ err: errorCode(error), requestId }, 'page feedback not stored')
    return { status: 'failed', problem: feedback.problem }
  }
}
