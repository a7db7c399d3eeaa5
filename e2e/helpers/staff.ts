import { expect, type APIRequestContext, type Page } from '@playwright/test'

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

/**
 * Signs in to the admin in the browser, creating the first account (an admin) on an empty
 * database; does nothing when already signed in.
 */
export async function signIn(page: Page) {
  await page.goto('/admin')
  const email = page.locator('#field-email')
  const dashboard = page.getByRole('link', { name: /pages/i }).first()
  await expect(email.or(dashboard)).toBeVisible({ timeout: 30_000 })
  if (!(await email.isVisible())) return
  await email.fill(ADMIN.email)
  await page.locator('#field-password').fill(ADMIN.password)
  const confirm = page.locator('#field-confirm-password')
  if (await confirm.isVisible()) {
    await confirm.fill(ADMIN.password)
    await page.getByRole('button', { name: /create/i }).click()
  } else {
    await page.getByRole('button', { name: /log in|login/i }).click()
  }
  await expect(dashboard).toBeVisible()
}

/** REST calls as the admin's own fetches make them: same origin, with the page's login cookie. */
export function adminApi(page: Page) {
  const headers = { Origin: new URL(page.url()).origin }
  return {
    get: (url: string) => page.request.get(url, { headers }),
    post: (url: string, data: object) => page.request.post(url, { headers, data }),
    patch: (url: string, data: object) => page.request.patch(url, { headers, data }),
    upload: (
      url: string,
      multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>,
    ) => page.request.post(url, { headers, multipart }),
  }
}

/** The id of the page (draft or published) at `path`, e.g. 'resolving-a-disagreement/complaints'. */
export async function pageIdByPath(page: Page, path: string): Promise<number | string> {
  const response = await adminApi(page).get(
    `/api/pages?where[path][equals]=${encodeURIComponent(path)}&depth=0&draft=true`,
  )
  expect(response.ok()).toBe(true)
  const [doc] = (await response.json()).docs
  expect(doc, `no page at ${path}`).toBeTruthy()
  return doc.id
}
