import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user'] | null | undefined

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  const role = (user as { role?: unknown } | null | undefined)?.role
  return typeof role === 'string' && (roles as string[]).includes(role)
}
