import { expect, type APIRequestContext } from '@playwright/test'

/** The e2e database's first account (admin.spec.ts creates it through the admin's own screen). */
export const ADMIN = { email: 'e2e-admin@example.org', password: 'e2e-long-password-123' }

/** A staff login token for REST calls (`Authorization: JWT <token>`), creating the admin if needed. */
export async function staffToken(request: APIRequestContext): Promise<string> {
  const login = await request.post('/api/users/login', { data: ADMIN })
  if (login.ok()) return (await login.json()).token
  const created = await request.post('/api/users/first-register', { data: ADMIN })
  expect(created.ok(), await created.text()).toBe(true)
  return (await created.json()).token
}
