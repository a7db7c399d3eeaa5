import { expect, test, type APIRequestContext, type Browser } from '@playwright/test'

import { staffToken } from './helpers/staff'

test.describe.configure({ mode: 'serial' })

const run = Date.now().toString(36)
const AUTHOR = { email: `author-${run}@example.org`, password: 'author-long-password-123' }
const PUBLISHER = { email: `publisher-${run}@example.org`, password: 'publisher-long-password-123' }
const SLUG = `respite-guide-${run}`
const DRAFT_TITLE = `Short breaks for families ${run}`

type Created = { id: number | string }
let pageId: Created['id']
let authorId: Created['id']
let publisherId: Created['id']

async function adminHeaders(request: APIRequestContext) {
  return { Authorization: `JWT ${await staffToken(request)}` }
}

async function createUser(request: APIRequestContext, user: typeof AUTHOR, role: string) {
  const response = await request.post('/api/users', {
    headers: await adminHeaders(request),
    data: { ...user, role },
  })
  expect(response.status(), await response.text()).toBe(201)
  return (await response.json()).doc as Created & { role: string }
}

/** The latest draft of the page, read as the admin. */
async function latestDraft(request: APIRequestContext) {
  const response = await request.get(`/api/pages/${pageId}?draft=true&depth=0&locale=en`, {
    headers: await adminHeaders(request),
  })
  return response.json()
}

async function signInAs(browser: Browser, user: typeof AUTHOR) {
  const page = await (await browser.newContext()).newPage()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(user.email)
  await page.locator('#field-password').fill(user.password)
  await page.getByRole('button', { name: /log in|login/i }).click()
  await expect(page.getByRole('link', { name: /pages/i }).first()).toBeVisible()
  return page
}

test.beforeAll(async ({ request }) => {
  const author = await createUser(request, AUTHOR, 'author')
  expect(author.role).toBe('author')
  authorId = author.id
  publisherId = (await createUser(request, PUBLISHER, 'publisher')).id
  const headers = await adminHeaders(request)
  const parent = await request.get(
    '/api/pages?where[path][equals]=resolving-a-disagreement&depth=0',
    { headers },
  )
  const created = await request.post('/api/pages?locale=en&draft=true', {
    headers,
    data: { title: 'Short breaks', slug: SLUG, parent: (await parent.json()).docs[0].id },
  })
  expect(created.status(), await created.text()).toBe(201)
  pageId = (await created.json()).doc.id
})

test('an author edits a draft and marks it ready for review, but cannot publish it', async ({
  browser,
  request,
}) => {
  const page = await signInAs(browser, AUTHOR)
  await page.goto(`/admin/collections/pages/${pageId}`)
  const title = page.locator('#field-title')
  await expect(title).toBeVisible()
  await title.fill(DRAFT_TITLE)
  // The styled radio button covers the input: choose it by its label, as a person does.
  await page.getByText('Ready for review', { exact: true }).click()
  await expect(page.getByRole('radio', { name: 'Ready for review' })).toBeChecked()

  // Autosave keeps the draft; there is no Publish button for an author.
  await expect(async () => {
    const draft = await latestDraft(request)
    expect(draft.title).toBe(DRAFT_TITLE)
    expect(draft.workflow).toBe('readyForReview')
    expect(draft.lastChangedBy).toBe(authorId)
  }).toPass({ timeout: 15_000 })
  await expect(page.getByRole('button', { name: /^publish/i })).toHaveCount(0)
  await expect(page.locator('#action-save')).toHaveCount(0)

  // Nor through the REST API: 403, with a message saying what to do instead.
  const login = await request.post('/api/users/login', { data: AUTHOR })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const publish = await request.patch(`/api/pages/${pageId}?locale=en`, {
    headers,
    data: { _status: 'published' },
  })
  expect(publish.status()).toBe(403)
  expect(JSON.stringify(await publish.json())).toContain('Ready for review')
  const reader = await request.get(`/en/resolving-a-disagreement/${SLUG}`, { maxRedirects: 0 })
  expect(reader.status()).toBe(404)
})

test('a publisher finds the page ready for review, publishes it, and is recorded', async ({
  browser,
  request,
}) => {
  const page = await signInAs(browser, PUBLISHER)
  await page.getByRole('link', { name: /ready for review/i }).click()
  await page.getByRole('link', { name: DRAFT_TITLE }).click()
  // The edit view can take a while to open on a busy machine.
  await expect(page).toHaveURL(/\/admin\/collections\/pages\/[^/?]+/, { timeout: 30_000 })
  const publish = page.locator('#action-save')
  await expect(publish).toHaveText('Publish in English', { timeout: 30_000 })
  await publish.click()
  await expect(page.getByText(/published|updated successfully/i).first()).toBeVisible()

  const recorded = await latestDraft(request)
  expect(recorded.approvedBy).toBe(publisherId)
  expect(Date.now() - Date.parse(recorded.approvedAt)).toBeLessThan(5 * 60_000)
  expect(recorded.lastChangedBy).toBe(authorId)
  expect(recorded.workflow).toBe('draft')

  const reader = await (await browser.newContext()).newPage()
  await expect(async () => {
    await reader.goto(`/en/resolving-a-disagreement/${SLUG}`)
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(DRAFT_TITLE, {
      timeout: 1000,
    })
  }).toPass({ timeout: 10_000 })
})
