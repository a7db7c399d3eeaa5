import type { PayloadRequest } from 'payload'

/** Admins run everything; editors write content; caseworkers only work call-back requests. */
export const ROLES = ['admin', 'editor', 'caseworker'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user'] | null | undefined

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  const role = (user as { role?: unknown } | null | undefined)?.role
  return typeof role === 'string' && (roles as string[]).includes(role)
}
