import type { Access, PayloadRequest, Where } from 'payload'

import { hasRole } from './roles'

// Any signed-in user shape: the request's user, or the admin UI's client user.
type MaybeUser = PayloadRequest['user'] | { [key: string]: unknown } | null | undefined

const idOf = (value: unknown): number | string | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  return null
}

/**
 * Which call-back requests a signed-in user may read and work: `true` (all), a `Where` on the
 * request's `inbox` and `provider`, or `false` (none).
 *
 * - Admins: every request (they run the service and the retention).
 * - SEN team staff (`senTeam` ticked on their account): requests to the council, `inbox: sen-team`.
 * - A provider's staff (`provider` set on their account): requests to that provider only.
 * - Anyone else, editors included: none. Disagreement resolution and mediation must be independent
 *   of the council (Children and Families Act 2014 s.56 and s.57; SEND Code of Practice 2015 paras
 *   11.6 to 11.12 and 11.13 to 11.38), and SENDIASS gives impartial, confidential advice at arm's
 *   length (CFA 2014 s.32; Code of Practice ch.2): a council editor must not read what a family
 *   told them.
 */
export function callbackInboxScope(user: MaybeUser): boolean | Where {
  if (!user) return false
  if (hasRole(user as PayloadRequest['user'], 'admin')) return true
  const account = user as { senTeam?: unknown; provider?: unknown }
  const scopes: Where[] = []
  if (account.senTeam === true) scopes.push({ inbox: { equals: 'sen-team' } })
  const provider = idOf(account.provider)
  if (provider !== null) scopes.push({ provider: { equals: provider } })
  if (scopes.length === 0) return false
  return scopes.length === 1 ? scopes[0]! : { or: scopes }
}

/** Collection access for reading and updating requests (see `callbackInboxScope`). */
export const canWorkCallbackRequests: Access = ({ req }) => callbackInboxScope(req.user)

/** Whether the user has any call-back inbox at all (admin nav, dashboard count, CSV export). */
export function hasCallbackInbox(user: MaybeUser): boolean {
  return callbackInboxScope(user) !== false
}
