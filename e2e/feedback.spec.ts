import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { LOCALES, messages } from './helpers/locales'
import { staffToken } from './helpers/staff'

/**
 * "Is this page useful?" on every page, working without JavaScript, and the "You said, we did"
 * page staff publish from what readers said (SEND Regulations 2014, reg 56).
 */
test.describe('page feedback without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a reader says a page is not useful, reports what was wrong, and staff see it', async ({
    page,
    request,
  }) => {
    const t = messages.pl.PageFeedback
    const problem = `Brakuje numeru telefonu ${Date.now()}`
    await page.goto('/pl/glossary')
    await page.getByRole('button', { name: `${t.no} ${t.noHidden}` }).click()
    await expect(page.getByText(t.askDetails)).toBeVisible()

    // An empty report is refused with a message; nothing typed elsewhere is lost.
    await page.getByRole('button', { name: t.send }).click()
    await expect(page.locator('.govuk-error-summary')).toContainText(t.errors.problemRequired)
    await page.getByLabel(t.problemLabel).fill(problem)
    await page.getByRole('button', { name: t.send }).click()
    await expect(page.getByText(t.sent)).toBeVisible()

    const token = await staffToken(request)
    const headers = { Authorization: `JWT ${token}` }
    const stored = await request.get(
      `/api/page-feedback?where[problem][equals]=${encodeURIComponent(problem)}&depth=0`,
      { headers },
    )
    const { docs } = await stored.json()
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ kind: 'problem', page: '/pl/glossary', locale: 'pl' })
    // Anonymous readers never see what others wrote.
    expect((await request.get('/api/page-feedback')).status()).toBe(403)
  })

  test('"yes" thanks the reader at once', async ({ page }) => {
    const t = messages.en.PageFeedback
    await page.goto('/en/resolving-a-disagreement')
    await page.getByRole('button', { name: `${t.yes} ${t.yesHidden}` }).click()
    await expect(page.getByText(t.thanks)).toBeVisible()
  })
})

test('staff publish feedback as a "You said, we did" entry, shown in every language', async ({
  page,
  request,
}) => {
  const token = await staffToken(request)
  const headers = { Authorization: `JWT ${token}` }
  const { docs } = await (
    await request.get('/api/page-feedback?limit=1&depth=0', { headers })
  ).json()
  const youSaid = `Families could not find the SENDIASS phone number ${Date.now()}`
  const created = await request.post('/api/you-said-we-did', {
    headers,
    data: {
      youSaid,
      weDid: 'We put the number at the top of every guide.',
      byWhen: '2027-01-31T12:00:00.000Z',
      feedback: docs.map((d: { id: number }) => d.id),
      _status: 'published',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)

  for (const { code } of LOCALES) {
    await expect(async () => {
      await page.goto(`/${code}/you-said-we-did`)
      await expect(page.getByText(youSaid)).toBeVisible({ timeout: 1000 })
    }).toPass({ timeout: 10_000 })
    await expect(
      page.getByRole('heading', { level: 1, name: messages[code].YouSaidWeDid.title }),
    ).toBeVisible()
    await expectNoAxeViolations(page)
  }
})

for (const { code } of LOCALES) {
  test(`the feedback box asking what was wrong passes axe in ${code}`, async ({ page }) => {
    const t = messages[code].PageFeedback
    await page.goto(`/${code}/glossary`)
    await page.getByRole('button', { name: `${t.no} ${t.noHidden}` }).click()
    await expect(page.getByLabel(t.problemLabel)).toBeVisible()
    await expectNoAxeViolations(page)
  })
}
