import type { Payload } from 'payload'

import { formatDate } from '@/i18n/dates'
import { serverUrl } from '@/lib/env'
import type { CallbackRequest } from '@/payload-types'

import { DEFAULT_RETENTION_DAYS } from './options'

/** Where a request goes: the provider's email, or the council SEN team's when there is none. */
async function recipientFor(payload: Payload, request: CallbackRequest) {
  const providerId = typeof request.provider === 'object' ? request.provider?.id : request.provider
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const retentionDays = settings.callbackRetentionDays ?? DEFAULT_RETENTION_DAYS
  if (providerId) {
    const provider = await payload.findByID({ collection: 'providers', id: providerId, depth: 0 })
    if (provider.contact?.email) {
      return { email: provider.contact.email, team: provider.name, retentionDays }
    }
  }
  const email = settings.senTeam?.email
  // Staff e-mail is in English: the team's name, as editors write it, takes "the".
  return email
    ? { email, team: `the ${settings.senTeam?.name || 'SEN team'}`, retentionDays }
    : null
}

export type CallbackNotice = { subject: string; text: string }

/**
 * The e-mail staff get for a new request: a notice with a link, NOT the family's details.
 *
 * Why so little: e-mail is copied to relays, shared mailboxes, phones and backups the council
 * does not control, and a copy there outlives the retention period after which the request
 * itself is deleted (UK GDPR art. 5(1)(c) data minimisation, 5(1)(e) storage limitation). The
 * team needs to know that someone is waiting and where to find them; the name, phone number,
 * topic and message stay behind the admin's sign-in and access rules. The reference is the
 * record's id, meaningless outside the admin.
 */
export function callbackNotice(
  request: Pick<CallbackRequest, 'id' | 'createdAt'>,
  { team, adminUrl, retentionDays }: { team: string; adminUrl: string; retentionDays: number },
): CallbackNotice {
  return {
    subject: `New call-back request ${request.id} for ${team}`,
    text: [
      `A family has asked ${team} to call them back, through the SEND Local Offer portal.`,
      '',
      `Reference: ${request.id}`,
      `Received: ${formatDate(request.createdAt, 'en', 'dateTime')} (UK time)`,
      '',
      'Their details are not in this e-mail. Sign in to read them and record the call:',
      adminUrl,
      '',
      `The request is deleted automatically ${retentionDays} days after it arrived.`,
    ].join('\n'),
  }
}

/**
 * Sends the notice for the request with this `reference` (see the collection's `reference`
 * field) through Payload's e-mail adapter. Returns 'sent', or 'no-recipient' when neither the
 * provider nor site settings give an address (logged as a warning: retrying cannot help).
 *
 * Throws when the request is not found (its write may not be visible yet: the job is queued
 * just before it) and when the mail server refuses or cannot be reached, so that the job queue
 * retries. The request itself is never touched, so a failed e-mail loses nothing.
 */
export async function sendCallbackNotice(
  payload: Payload,
  reference: string,
): Promise<'sent' | 'no-recipient'> {
  const { docs } = await payload.find({
    collection: 'callback-requests',
    where: { reference: { equals: reference } },
    depth: 0,
    limit: 1,
    select: { provider: true, createdAt: true },
  })
  const request = docs[0]
  if (!request) throw new Error(`Call-back request ${reference} not found (yet)`)
  const recipient = await recipientFor(payload, request as CallbackRequest)
  if (!recipient) {
    payload.logger.warn(`Call-back request ${request.id}: no email address to notify`)
    return 'no-recipient'
  }
  const adminUrl = `${serverUrl()}/admin/collections/callback-requests/${request.id}`
  await payload.sendEmail({
    to: recipient.email,
    ...callbackNotice(request, { ...recipient, adminUrl }),
  })
  return 'sent'
}
