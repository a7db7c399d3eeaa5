import { expect, test, type Page } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { LOCALES, messages } from './helpers/locales'
import { expectErrorSummary } from './helpers/tools'

type Code = keyof typeof messages
const MEDIATION_GUIDE = 'resolving-a-disagreement/mediation'

// Each test is its own client for the rate limit (no proxy in front of the e2e server).
let client = 0
test.beforeEach(async ({ page }) => {
  client += 1
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${client}` })
})

async function fillCallbackForm(page: Page, code: Code, phone = '07700 900982') {
  const t = messages[code].CallbackForm
  await page.getByLabel(t.nameLabel).fill('Sam Jones')
  await page.getByLabel(t.phoneLabel).fill(phone)
  await page
    .getByRole('group', { name: t.preferredTimeLegend })
    .getByLabel(t.preferredTimes.morning)
    .check()
  await page.getByRole('group', { name: t.topicLegend }).getByLabel(t.topics.mediation).check()
  await page.getByLabel(t.messageLabel).fill('About the mediation certificate')
  await page.getByLabel(t.consentLabel).check()
}

for (const { code } of LOCALES) {
  const t = messages[code].CallbackForm

  test.describe(`${code}: call-back request on the mediation guide`, () => {
    test('shows every problem, keeps what was typed, then sends', async ({ page }) => {
      await page.goto(`/${code}/${MEDIATION_GUIDE}`)
      await expect(page.getByRole('heading', { name: t.heading })).toBeVisible()
      await page.getByLabel(t.nameLabel).fill('Sam Jones')
      await page.getByLabel(t.phoneLabel).fill('12345')
      await page.getByRole('button', { name: t.submit }).click()
      await expectErrorSummary(page, code, t.errors.phoneInvalid)
      for (const key of ['preferredTimeRequired', 'topicRequired', 'consentRequired'] as const) {
        await expect(
          page.locator('.govuk-error-summary').getByRole('link', { name: t.errors[key] }),
        ).toBeVisible()
      }
      // Inline messages sit by their fields and are announced with them.
      await expect(page.getByLabel(t.phoneLabel)).toHaveAccessibleDescription(
        new RegExp(t.errors.phoneInvalid.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      )
      await expect(page.getByLabel(t.nameLabel)).toHaveValue('Sam Jones')
      await expectNoAxeViolations(page)
      await fillCallbackForm(page, code)
      await page.getByRole('button', { name: t.submit }).click()
      await expect(page.getByRole('heading', { name: t.sentTitle })).toBeVisible()
      await expect(page.locator('.govuk-notification-banner--success')).toBeFocused()
      await expectNoAxeViolations(page)
    })
  })
}

test('en: the call-back texts name the SEN team and a provider as English sentences need', async ({
  page,
}) => {
  // The seeded team name is "Special educational needs (SEN) team", written without "the".
  const team = 'the Special educational needs (SEN) team'
  await page.goto(`/en/${MEDIATION_GUIDE}`)
  const callback = page.getByRole('region', { name: messages.en.CallbackForm.heading })
  await expect(callback.locator('p').first()).toHaveText(
    `Leave your name and number and ${team} will phone you. The call is free and confidential.`,
  )
  await fillCallbackForm(page, 'en')
  await page.getByRole('button', { name: messages.en.CallbackForm.submit }).click()
  await expect(callback).toContainText(`Your request has gone to ${team}, who will phone you.`)
  // A provider's name stands alone.
  await page.goto('/en/providers/global-mediation')
  await expect(
    page.getByRole('region', { name: messages.en.CallbackForm.heading }).locator('p').first(),
  ).toHaveText(
    'Leave your name and number and Global Mediation will phone you. The call is free and confidential.',
  )
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  for (const code of ['en', 'ur'] as const) {
    const t = messages[code].CallbackForm
    test(`${code}: the provider's form posts, shows errors, keeps answers and sends`, async ({
      page,
    }) => {
      await page.goto(`/${code}/providers/global-mediation`)
      await fillCallbackForm(page, code, '0909 879 0000')
      await page.getByRole('button', { name: t.submit }).click()
      await expectErrorSummary(page, code, t.errors.phoneInvalid)
      await expect(page.getByLabel(t.nameLabel)).toHaveValue('Sam Jones')
      await expect(page.getByLabel(t.messageLabel)).toHaveValue('About the mediation certificate')
      await expect(page.getByLabel(t.topics.mediation)).toBeChecked()
      await expect(page.getByLabel(t.consentLabel)).toBeChecked()
      await page.getByLabel(t.phoneLabel).fill('0151 496 0000')
      await page.getByRole('button', { name: t.submit }).click()
      await expect(page.getByRole('heading', { name: t.sentTitle })).toBeVisible()
    })
  }

  test('a sixth request within 10 minutes is refused with a clear message', async ({ page }) => {
    const t = messages.en.CallbackForm
    for (let i = 0; i < 6; i++) {
      await page.goto(`/en/${MEDIATION_GUIDE}`)
      await fillCallbackForm(page, 'en')
      await page.getByLabel(t.nameLabel).fill(`Parent ${i}`)
      await page.getByRole('button', { name: t.submit }).click()
      if (i < 5) await expect(page.getByRole('heading', { name: t.sentTitle })).toBeVisible()
    }
    await expectErrorSummary(page, 'en', t.errors.rateLimited)
    await expect(page.getByLabel(t.nameLabel)).toHaveValue('Parent 5')
  })
})

test('only providers that take call-back requests show the form', async ({ page }) => {
  await page.goto('/en/providers/sefton-sendiass')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sefton SENDIASS')
  await expect(page.getByRole('button', { name: messages.en.CallbackForm.submit })).toHaveCount(0)
})

test('nobody outside the staff can read or create call-back requests through the API', async ({
  request,
}) => {
  expect((await request.get('/api/callback-requests')).status()).toBe(403)
  const create = await request.post('/api/callback-requests', {
    data: { name: 'x', phone: '07700900982', preferredTime: 'any', topic: 'other', consent: true },
  })
  expect(create.status()).toBe(403)
  // GraphQL is off altogether.
  const graphql = await request.post('/api/graphql', {
    data: { query: '{ CallbackRequests { docs { name phone } } }' },
  })
  expect(graphql.status()).toBe(404)
  expect(JSON.stringify(await graphql.json())).not.toContain('Sam Jones')
})
