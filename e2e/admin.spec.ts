import { expect, test } from '@playwright/test'

import { messages } from './helpers/locales'
import { ADMIN, adminApi, pageIdByPath, signIn } from './helpers/staff'

// One fresh database per run: the first account is created through the admin's own screen.

test.describe.configure({ mode: 'serial' })

test('the first account is created on an empty database, as an admin', async ({ page }) => {
  await signIn(page)
  const me = await (await adminApi(page).get('/api/users/me')).json()
  expect(me.user.email).toBe(ADMIN.email)
  expect(me.user.role).toBe('admin')
})

test('an editor publishes a change in the admin and the public page shows it at once', async ({
  page,
  browser,
}) => {
  await signIn(page)
  const path = 'resolving-a-disagreement/complaints'
  const id = await pageIdByPath(page, path)
  const newTitle = `Complaints about SEND support ${Date.now()}`

  await page.goto(`/admin/collections/pages/${id}`)
  await page.locator('#field-title').fill(newTitle)
  await page.locator('#action-save').click()
  await expect(page.getByText(/published|updated successfully/i).first()).toBeVisible()

  // A reader with no login sees the change without any rebuild.
  const reader = await (await browser.newContext()).newPage()
  await expect(async () => {
    await reader.goto(`/en/${path}`)
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(newTitle, { timeout: 1000 })
  }).toPass({ timeout: 10_000 })
  // Navigation elsewhere shows the new title too.
  await reader.goto('/en/resolving-a-disagreement')
  await expect(reader.getByRole('link', { name: newTitle })).toBeVisible()
})

test('a saved draft stays private until published, and staff can preview it', async ({
  page,
  browser,
}) => {
  await signIn(page)
  const path = 'resolving-a-disagreement/extended-appeals'
  const id = await pageIdByPath(page, path)
  const draftTitle = `Draft only ${Date.now()}`
  const saved = await adminApi(page).patch(`/api/pages/${id}?draft=true&locale=en`, {
    title: draftTitle,
  })
  expect(saved.ok()).toBe(true)

  const reader = await (await browser.newContext()).newPage()
  await reader.goto(`/en/${path}`)
  await expect(reader.getByRole('heading', { level: 1 })).not.toHaveText(draftTitle)
  const anonymousApi = await reader.request.get(`/api/pages/${id}?draft=true`)
  expect((await anonymousApi.json()).title).not.toBe(draftTitle)
  const refused = await reader.request.get(`/api/preview?path=/en/${path}`, { maxRedirects: 0 })
  expect(refused.status()).toBe(403)

  await page.goto(`/api/preview?path=/en/${path}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(draftTitle)
})

test('a new page is live once published and gone once unpublished', async ({ page, browser }) => {
  await signIn(page)
  const parent = await pageIdByPath(page, 'resolving-a-disagreement')
  const slug = `new-guide-${Date.now()}`
  const created = await adminApi(page).post('/api/pages?locale=en', {
    title: 'A brand new guide',
    slug,
    parent,
    _status: 'published',
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()

  const reader = await (await browser.newContext()).newPage()
  const live = await reader.goto(`/en/resolving-a-disagreement/${slug}`)
  expect(live?.status()).toBe(200)
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('A brand new guide')

  // Not yet translated: Polish and Urdu readers get the English text, told so in their language.
  for (const code of ['pl', 'ur'] as const) {
    await reader.goto(`/${code}/resolving-a-disagreement/${slug}`)
    await expect(reader.getByText(messages[code].Page.fallbackNotice)).toBeVisible()
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('A brand new guide')
    // The English text is marked as English for screen readers inside the translated page.
    await expect(reader.locator('main [lang="en"]').first()).toBeAttached()
  }

  const unpublished = await adminApi(page).patch(`/api/pages/${doc.id}?locale=en`, {
    _status: 'draft',
  })
  expect(unpublished.ok()).toBe(true)
  await expect(async () => {
    const gone = await reader.goto(`/en/resolving-a-disagreement/${slug}`)
    expect(gone?.status()).toBe(404)
  }).toPass({ timeout: 10_000 })
})

test('anonymous visitors cannot read accounts or write pages', async ({ request }) => {
  const users = await request.get('/api/users')
  expect(users.status()).toBe(403)
  const write = await request.post('/api/pages', { data: { title: 'x', slug: 'x' } })
  expect(write.status()).toBe(403)
  const graphql = await request.post('/api/graphql', {
    data: { query: '{ Users { docs { email } } }' },
  })
  expect(graphql.status()).toBe(404)
  const body = await graphql.json()
  expect(body.data?.Users ?? null).toBeNull()
})

test('editors see which pages lack a translation, or are older than English', async ({
  page,
  browser,
}) => {
  await signIn(page)
  // Change the English of one guide: its translations are now older than English.
  const id = await pageIdByPath(page, 'resolving-a-disagreement/complaints')
  const saved = await adminApi(page).patch(`/api/pages/${id}?locale=en`, {
    summary: 'How to complain about a council, a school or the NHS, and who to go to next.',
    _status: 'published',
  })
  expect(saved.ok()).toBe(true)
  // The admin menu links to it (the menu may be folded away at this window size).
  await expect(page.getByRole('link', { name: 'Translation status' })).toHaveAttribute(
    'href',
    '/admin/translation-status',
  )
  await page.goto('/admin/translation-status')
  await expect(page.getByRole('heading', { name: 'Translation status' })).toBeVisible()
  const table = page.getByRole('table', { name: 'Pages by language' })
  expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(10) // header and 9 guides
  const complaints = table
    .getByRole('row')
    .filter({ hasText: '/resolving-a-disagreement/complaints' })
  await expect(complaints.getByRole('cell')).toHaveText([
    'Older than English',
    'Older than English',
  ])
  const mediation = table
    .getByRole('row')
    .filter({ hasText: '/resolving-a-disagreement/mediation' })
  await expect(mediation.getByRole('cell')).toHaveText(['Up to date', 'Up to date'])
  // Nobody signed out can read it.
  const stranger = await browser.newPage()
  await stranger.goto('/admin/translation-status')
  await expect(stranger.getByRole('table')).toHaveCount(0)
  await stranger.close()
})
