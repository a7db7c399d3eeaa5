'use server'

import { headers } from 'next/headers'

import { clientKey } from '@/lib/clientAddress'
import { initialFeedbackState, type FeedbackState } from '@/lib/feedback/formState'
import { FEEDBACK_RATE_LIMIT, submitFeedback } from '@/lib/feedback/submit'
import { requestIdFrom } from '@/lib/log/requestId'
import { getPayloadClient } from '@/lib/payload'
import { sharedRateLimiter } from '@/lib/sharedRateLimit'

const limiter = sharedRateLimiter('page-feedback', FEEDBACK_RATE_LIMIT)

/** The page feedback box's only way in: it works as a plain POST without JavaScript too. */
export async function sendPageFeedback(
  _previous: FeedbackState,
  form: FormData,
): Promise<FeedbackState> {
  // Anyone can call an action with any arguments; only the box's own FormData is an answer.
  if (!(form instanceof FormData)) return initialFeedbackState
  const request = await headers()
  return submitFeedback(await getPayloadClient(), form, {
    client: clientKey(request),
    limiter,
    requestId: requestIdFrom(request),
  })
}
