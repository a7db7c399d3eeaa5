import type { Payload } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'

import { errorCode } from '@/lib/log/errorForLog'
import type { RateLimiter } from '@/lib/rateLimit'
import { idempotencyKeyFor, storeCallbackRequest } from './store'
import { HONEYPOT_FIELD, initialCallbackState, type CallbackFormState } from './formState'
import { callbackValuesFrom, validateCallback, type CallbackField } from './validate'

export type CallbackFormInput = { get(name: string): unknown }

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/** The provider a form belongs to, if it is published, active and takes call-back requests. */
async function providerTakingCallbacks(payload: Payload, slug: string) {
  const { docs } = await payload.find({
    collection: 'providers',
    where: {
      slug: { equals: slug },
      acceptsCallbacks: { equals: true },
      status: { equals: 'active' },
    },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    select: { slug: true },
  })
  return docs[0]?.id ?? null
}

/**
 * Everything the public form's server action does, apart from reading the request: validate,
 * limit, drop what the honeypot caught, and store once.
 *
 * Never throws for database trouble: a request that could not be read or stored comes back as
 * `failed` with every answer kept, and only the error code and `requestId` are logged (never the
 * family's details). `sent` means the request is stored.
 */
export async function submitCallbackRequest(
  payload: Payload,
  form: CallbackFormInput,
  {
    client,
    limiter,
    now = new Date(),
    requestId = crypto.randomUUID(),
  }: { client: string; limiter: RateLimiter; now?: Date; requestId?: string },
): Promise<CallbackFormState> {
  const values = callbackValuesFrom((name: CallbackField) => form.get(name))
  const result = validateCallback(values)
  if (!result.ok) return { status: 'invalid', values, errors: result.errors }

  // Only complete requests count, so a parent correcting typing errors is never locked out.
  if (!(await limiter.take(client)).allowed) return { status: 'rateLimited', values, errors: {} }
  // Bots fill the field people cannot see: answer as if it worked and store nothing.
  if (text(form.get(HONEYPOT_FIELD)).trim()) return { ...initialCallbackState, status: 'sent' }

  const sentLocale = form.get('locale')
  const locale = isLocale(sentLocale) ? sentLocale : defaultLocale
  const providerSlug = text(form.get('provider')).trim()
  try {
    const providerId = providerSlug ? await providerTakingCallbacks(payload, providerSlug) : null
    if (providerSlug && !providerId) return { status: 'unavailable', values, errors: {} }

    const request = { ...result.data, providerId, locale }
    const key = idempotencyKeyFor(text(form.get('token')), request, now.toISOString().slice(0, 10))
    await storeCallbackRequest(payload, request, key)
  } catch (error) {
    payload.logger.error({ msg: 'Call-back request not stored', code: errorCode(error), requestId })
    return { status: 'failed', values, errors: {} }
  }
  return { ...initialCallbackState, status: 'sent' }
}
