import type { PayloadRequest } from 'payload'

/**
 * Admins run everything; publishers publish, unpublish and approve content; authors write drafts
 * only; caseworkers only work call-back requests (access/callbackInbox.ts).
 */
export const ROLES = ['admin', 'publisher', 'author', 'caseworker'] as const
export type Role = (typeof ROLES)[number]

/** Staff who write content (drafts at least). */
export const CONTENT_ROLES = ['admin', 'publisher', 'author'] as const satisfies readonly Role[]
/** Staff who may publish, unpublish and approve content. */
export const PUBLISHING_ROLES = ['admin', 'publisher'] as const satisfies readonly Role[]

/**
 * The role before authors and publishers existed. Every `editor` could publish, so an account
 * still holding it (a MongoDB database, which the SQLite migration does not reach) is a publisher.
 */
const LEGACY_ROLES: Record<string, Role> = { editor: 'publisher' }

type MaybeUser = PayloadRequest['user'] | { [key: string]: unknown } | null | undefined

/** The user's role, with a legacy `editor` read as `publisher`; null when signed out or unknown. */
export function roleOf(user: MaybeUser): Role | null {
  const role = (user as { role?: unknown } | null | undefined)?.role
  if (typeof role !== 'string') return null
  if ((ROLES as readonly string[]).includes(role)) return role as Role
  return LEGACY_ROLES[role] ?? null
}

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  const role = roleOf(user)
  return role !== null && roles.includes(role)
}

/** Reads a stored role value as today's role (the users collection's role field, afterRead). */
export function currentRoleValue(value: unknown): unknown {
  return typeof value === 'string' && value in LEGACY_ROLES ? LEGACY_ROLES[value] : value
}
