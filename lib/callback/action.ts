'use server'

import { headers } from 'next/headers'

import { CALLBACK_RATE_LIMIT } from '@/lib/callback/options'
import { clientKey } from '@/lib/clientAddress'
import { initialCallbackState, type CallbackFormState } from '@/lib/callback/formState'
import { submitCallbackRequest } from '@/lib/callback/submit'
import { getPayloadClient } from '@/lib/payload'
import { requestIdFrom } from '@/lib/log/requestId'
import { sharedRateLimiter } from '@/lib/sharedRateLimit'

const limiter = sharedRateLimiter('callback', CALLBACK_RATE_LIMIT)

/** The call-back form's only way in: it works as a plain POST without JavaScript too. */
export async function requestCallback(
  _previous: CallbackFormState,
  form: FormData,
): Promise<CallbackFormState> {
  // Anyone can call an action with any arguments; only the form's own FormData is an answer.
  if (!(form instanceof FormData)) return { ...initialCallbackState, status: 'invalid' }
  const request = await headers()
  return submitCallbackRequest(await getPayloadClient(), form, {
    client: clientKey(request),
    limiter,
    requestId: requestIdFrom(request),
  })
}
