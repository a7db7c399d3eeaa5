import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { isTransientDatabaseError } from '@/lib/db/transient'
import type { CallbackRequest, Provider } from '@/payload-types'

import type { CallbackRequestData } from './validate'

/** A validated request with where it goes and the language it came in. */
export type StoredRequest = CallbackRequestData & {
  providerId?: Provider['id'] | null
  locale: Locale
}

const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The key that makes a submission count once. The browser sends a random token per form; a
 * browser without JavaScript sends none, so the same answers on the same day make the key, and a
 * double click or a resent page still stores one request.
 */
export function idempotencyKeyFor(token: string, request: StoredRequest, today: string): string {
  if (TOKEN.test(token)) return `token:${token.toLowerCase()}`
  const answers = [
    today,
    request.locale,
    request.providerId ?? '',
    request.name.toLowerCase(),
    request.phone,
    request.preferredTime,
    request.topic,
    request.message,
  ].join('\u0000')
  return `answers:${createHash('sha256').update(answers).digest('hex')}`
}

async function findByKey(payload: Payload, key: string) {
  const { docs } = await payload.find({
    collection: 'callback-requests',
    where: { idempotencyKey: { equals: key } },
    depth: 0,
    limit: 1,
    select: { idempotencyKey: true },
  })
  return docs[0]?.id
}

/**
 * Stores a validated request once per key; a repeat returns the first one's id. A write cut off
 * by a lost database connection (isTransientDatabaseError) is tried once more: the key makes
 * that safe, as a write that did land is found instead of stored again. Throws the database's
 * error when the request could not be stored, so the family is told and keeps its answers.
 */
export async function storeCallbackRequest(
  payload: Payload,
  request: StoredRequest,
  key: string,
): Promise<{ id: CallbackRequest['id']; duplicate: boolean }> {
  try {
    return await storeOnce(payload, request, key)
  } catch (error) {
    if (!isTransientDatabaseError(error)) throw error
    return storeOnce(payload, request, key)
  }
}

async function storeOnce(
  payload: Payload,
  request: StoredRequest,
  key: string,
): Promise<{ id: CallbackRequest['id']; duplicate: boolean }> {
  const existing = await findByKey(payload, key)
  if (existing) return { id: existing, duplicate: true }
  const { providerId, ...fields } = request
  try {
    const created = await payload.create({
      collection: 'callback-requests',
      data: { ...fields, provider: providerId ?? null, idempotencyKey: key, status: 'new' },
    })
    return { id: created.id, duplicate: false }
  } catch (error) {
    // Two copies sent at the same moment: the unique key let one in, and this is the other.
    const winner = await findByKey(payload, key)
    if (winner) return { id: winner, duplicate: true }
    throw error
  }
}
