import type { Payload } from 'payload'

import { serverUrl } from '@/lib/env'
import type { CallbackRequest } from '@/payload-types'

import { formatUkPhone } from './phone'

/** Where a request goes: the provider's email, or the council SEN team's when there is none. */
async function recipientFor(payload: Payload, request: CallbackRequest) {
  const providerId = typeof request.provider === 'object' ? request.provider?.id : request.provider
  if (providerId) {
    const provider = await payload.findByID({ collection: 'providers', id: providerId, depth: 0 })
    if (provider.contact?.email) return { email: provider.contact.email, team: provider.name }
  }
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const email = settings.senTeam?.email
  return email ? { email, team: settings.senTeam?.name || 'SEN team' } : null
}

export function callbackEmailText(request: CallbackRequest, adminUrl: string): string {
  return [
    'A family has asked to be called back through the SEND Local Offer portal.',
    '',
    `Name: ${request.name}`,
    `Phone: ${formatUkPhone(request.phone)}`,
    `Best time to call: ${request.preferredTime}`,
    `About: ${request.topic}`,
    `Language used on the site: ${request.locale ?? 'en'}`,
    request.message ? `Message: ${request.message}` : null,
    '',
    `Record the call in the admin: ${adminUrl}`,
  ]
    .filter((line) => line !== null)
    .join('\n')
}

/**
 * Emails the request through Payload's email adapter. With no adapter configured, Payload would
 * print the whole email, personal details included, to the log: log only that one arrived.
 */
export async function notifyCallbackRequest(payload: Payload, request: CallbackRequest) {
  const recipient = await recipientFor(payload, request)
  if (!recipient) {
    payload.logger.warn(`Call-back request ${request.id}: no email address to notify`)
    return
  }
  if (payload.email.name === 'console') {
    payload.logger.info(
      `Call-back request ${request.id} for ${recipient.email}: no email adapter configured, not sent`,
    )
    return
  }
  const adminUrl = `${serverUrl()}/admin/collections/callback-requests/${request.id}`
  await payload.sendEmail({
    to: recipient.email,
    subject: `New call-back request for ${recipient.team}`,
    text: callbackEmailText(request, adminUrl),
  })
}
