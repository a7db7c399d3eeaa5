import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { messages } from './helpers/locales'

// The same first admin as admin.spec.ts, created here when this spec runs on its own.
const ADMIN = { email: 'e2e-admin@example.org', password: 'e2e-long-password-123' }
const PASSWORD = 'e2e-caseworker-password-9'
const run = Date.now()
const MEDIATOR = `mediator-${run}@example.org`
const SEN = `sen-${run}@example.org`
const t = messages.en.CallbackForm

test.describe.configure({ mode: 'serial' })

async function signInApi(request: APIRequestContext, baseURL: string) {
  const headers = { Origin: baseURL }
  let login = await request.post('/api/users/login', { headers, data: ADMIN })
  if (!login.ok()) {
    await request.post('/api/users/first-register', { headers, data: ADMIN })
    login = await request.post('/api/users/login', { headers, data: ADMIN })
  }
  expect(login.ok()).toBe(true)
  return headers
}

async function askForCallBack(page: Page, path: string, name: string, client: string) {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': client })
  await page.goto(path)
  await page.getByLabel(t.nameLabel).fill(name)
  await page.getByLabel(t.phoneLabel).fill('07700 900982')
  await page
    .getByRole('group', { name: t.preferredTimeLegend })
    .getByLabel(t.preferredTimes.any)
    .check()
  await page.getByRole('group', { name: t.topicLegend }).getByLabel(t.topics.mediation).check()
  await page.getByLabel(t.consentLabel).check()
  await page.getByRole('button', { name: t.submit }).click()
  await expect(page.getByRole('heading', { name: t.sentTitle })).toBeVisible()
}

test("a provider's staff see only their requests, and their notes are kept with who wrote them", async ({
  browser,
  page,
  playwright,
  baseURL,
}) => {
  const admin = await playwright.request.newContext({ baseURL })
  const headers = await signInApi(admin, baseURL!)
  const providers = await admin.get('/api/providers?where[slug][equals]=global-mediation&depth=0', {
    headers,
  })
  const mediation = (await providers.json()).docs[0].id as number
  for (const data of [
    { email: MEDIATOR, role: 'caseworker', provider: mediation },
    { email: SEN, role: 'caseworker', senTeam: true },
  ]) {
    const created = await admin.post('/api/users', {
      headers,
      data: { ...data, password: PASSWORD },
    })
    expect(created.ok()).toBe(true)
  }

  await askForCallBack(
    page,
    '/en/providers/global-mediation',
    `Mediation parent ${run}`,
    '203.0.113.61',
  )
  await askForCallBack(
    page,
    '/en/resolving-a-disagreement/mediation',
    `Guide parent ${run}`,
    '203.0.113.62',
  )

  const context = await browser.newContext()
  const staff = await context.newPage()
  await staff.goto('/admin')
  await staff.locator('#field-email').fill(MEDIATOR)
  await staff.locator('#field-password').fill(PASSWORD)
  await staff.getByRole('button', { name: /log in|login/i }).click()
  await staff.getByRole('link', { name: /new call-back requests?$/ }).click()
  await expect(staff.getByRole('link', { name: `Mediation parent ${run}` })).toBeVisible()
  await expect(staff.getByText(`Guide parent ${run}`)).toHaveCount(0)
  await expect(staff.getByRole('button', { name: 'Download CSV' })).toBeVisible()

  await staff.getByRole('link', { name: `Mediation parent ${run}` }).click()
  await expect(staff.locator('#field-name')).toBeDisabled()
  await staff.getByLabel('Add a note').fill('Rang at 10, no answer')
  await staff.locator('#action-save').click()
  await expect(staff.getByText(/updated successfully/i)).toBeVisible()

  const api = { headers: { Origin: baseURL! } }
  const mine = await (await staff.request.get('/api/callback-requests?depth=0', api)).json()
  expect(mine.docs.map((d: { name: string }) => d.name)).toEqual([`Mediation parent ${run}`])
  expect(mine.docs[0].history).toMatchObject([
    { event: 'note', note: 'Rang at 10, no answer', who: MEDIATOR },
  ])
  const csv = await staff.request.get('/api/callback-requests/export.csv', api)
  expect(await csv.text()).not.toContain('Guide parent')

  // The SEN team reads the request from the guide, and not the independent mediator's.
  const sen = await playwright.request.newContext({ baseURL })
  expect(
    (await sen.post('/api/users/login', { ...api, data: { email: SEN, password: PASSWORD } })).ok(),
  ).toBe(true)
  const theirs = await (
    await sen.get(`/api/callback-requests?depth=0&where[name][like]=${run}`, api)
  ).json()
  expect(theirs.docs.map((d: { name: string }) => d.name)).toEqual([`Guide parent ${run}`])
  await context.close()
})
