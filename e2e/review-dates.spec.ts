import { expect, test, type APIRequestContext } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { LOCALES, messages } from './helpers/locales'
import { mailTo } from './helpers/mail'
import { signIn, staffToken } from './helpers/staff'

// An overdue page: listed on the admin dashboard, its owner e-mailed by the daily pass (run
// now through POST /api/review-reminders/run), and its readers told it is being reviewed.
test.describe.configure({ mode: 'serial' })

const word = `plover${Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 6)}`
const TITLES = {
  en: `Transport to school ${word}`,
  pl: `Dowóz do szkoły ${word}`,
  ur: `اسکول تک آمد و رفت ${word}`,
}
const OWNER = `transport-team-${word}@council.example`
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
const PAGE_PATH = `resolving-a-disagreement/transport-${word}`

let pageId: number

async function auth(request: APIRequestContext) {
  return { Authorization: `JWT ${await staffToken(request)}` }
}

test.beforeAll(async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL })
  const headers = await auth(request)
  const parent = await request.get(
    '/api/pages?where[path][equals]=resolving-a-disagreement&depth=0',
    { headers },
  )
  const parentId = (await parent.json()).docs[0].id
  const created = await request.post('/api/pages?locale=en', {
    headers,
    data: {
      title: TITLES.en,
      summary: 'How to ask for help getting to school.',
      slug: `transport-${word}`,
      parent: parentId,
      ownerEmail: OWNER,
      nextReview: `${yesterday}T12:00:00.000Z`,
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  pageId = (await created.json()).doc.id
  // Polish translated; Urdu not yet (the dashboard says so, readers get English).
  const pl = await request.patch(`/api/pages/${pageId}?locale=pl`, {
    headers,
    data: { title: TITLES.pl, _status: 'published' },
  })
  expect(pl.ok(), await pl.text()).toBe(true)
  await request.dispose()
})

test('readers of an overdue page see that it is being reviewed, not a past date', async ({
  page,
}) => {
  for (const { code } of LOCALES) {
    await page.goto(`/${code}/${PAGE_PATH}`)
    await expect(page.getByText(messages[code].ReviewDates.beingReviewed)).toBeVisible()
    const nextReviewLabel = messages[code].Page.nextReview.split(':')[0]!
    await expect(page.getByText(nextReviewLabel)).toHaveCount(0)
    await expectNoAxeViolations(page)
  }
})

test('the dashboard lists the overdue page in each language, linked to its edit view', async ({
  page,
}) => {
  await signIn(page)
  await page.goto('/admin')
  const section = page.getByRole('region', { name: 'Reviews due' })
  const row = section.getByRole('row', { name: new RegExp(TITLES.en) })
  await expect(row).toBeVisible()
  await expect(row.getByRole('cell', { name: 'Overdue' })).toBeVisible()
  await expect(row.getByRole('link', { name: TITLES.en }).first()).toHaveAttribute(
    'href',
    `/admin/collections/pages/${pageId}`,
  )
  await expect(row.getByRole('link', { name: TITLES.pl })).toHaveAttribute(
    'href',
    `/admin/collections/pages/${pageId}?locale=pl`,
  )
  await expect(row.getByRole('link', { name: 'Not translated' })).toHaveAttribute(
    'href',
    `/admin/collections/pages/${pageId}?locale=ur`,
  )
  await row.getByRole('link', { name: TITLES.en }).first().click()
  await expect(page).toHaveURL(new RegExp(`/admin/collections/pages/${pageId}`))
})

test('the daily pass e-mails the owner once, and staff can see it was sent', async ({
  request,
  playwright,
  baseURL,
}) => {
  // Nobody signed in may run it or read the records.
  const anonymous = await playwright.request.newContext({ baseURL })
  expect((await anonymous.post('/api/review-reminders/run')).status()).toBe(403)
  const headers = await auth(request)
  const run = await request.post('/api/review-reminders/run', { headers })
  expect(run.ok(), await run.text()).toBe(true)
  expect((await run.json()).queued).toBeGreaterThanOrEqual(1)

  // The e-mail queue runs every 10 seconds; the record says "sent" once the adapter sent it.
  const query =
    `/api/review-reminders?where[documentCollection][equals]=pages` +
    `&where[documentId][equals]=${pageId}&depth=0`
  await expect
    .poll(
      async () => {
        const { docs } = await (await request.get(query, { headers })).json()
        return docs.map((r: { kind: string; status: string; recipient: string }) => [
          r.kind,
          r.status,
          r.recipient,
        ])
      },
      { timeout: 45_000, intervals: [1000] },
    )
    .toEqual([['dueDay', 'sent', OWNER]])
  // The e-mail itself, as the SMTP server received it: to the owner, naming the page.
  const reminders = mailTo(OWNER, /Subject: Review due today/)
  expect(reminders).toHaveLength(1)
  expect(reminders[0]!.raw).toContain(`/admin/collections/pages/${pageId}`)

  // Run again: nothing new is owed today, so nothing is sent twice.
  const again = await request.post('/api/review-reminders/run', { headers })
  expect(await again.json()).toEqual({ recorded: 0, queued: 0 })
  expect((await anonymous.get(query)).status()).toBe(403)
  await anonymous.dispose()
})
