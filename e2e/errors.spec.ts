import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { LOCALES, messages } from './helpers/locales'

test.describe('the 404 page without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  // Known gap: notFound() thrown while rendering [...slug] gets Next.js's client-only error shell
  // (<html id="__next_error__">, content only in the RSC payload; Next.js issues 62228 and 95613).
  // Only a URL that matches no route is server-rendered; see the report on issue 10.
  test.fixme()

  for (const { code, dir } of LOCALES) {
    test(`/${code}/no-such-page is a translated 404 with lang and dir`, async ({ page }) => {
      const response = await page.goto(`/${code}/no-such-page`)
      expect(response?.status()).toBe(404)
      await expect(page.locator('html')).toHaveAttribute('lang', code)
      await expect(page.locator('html')).toHaveAttribute('dir', dir)
      await expect(
        page.getByRole('heading', { level: 1, name: messages[code].NotFound.title }),
      ).toBeVisible()
      await expect(page.getByRole('link', { name: messages[code].NotFound.homeLink })).toBeVisible()
      await expectNoAxeViolations(page)
    })
  }
})

test('JSON APIs answer unknown paths with JSON, never HTML', async ({ request }) => {
  for (const path of ['/api/no-such-thing', '/openreferral/no-such-thing', '/api/graphql']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
    expect(response.headers()['content-type'], path).toMatch(/application\/json/)
  }
})

test('GraphQL is off: 200 aliases are refused at once and pages stay quick', async ({
  request,
}) => {
  const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: Pages { docs { id } }`).join(' ')
  const started = Date.now()
  const response = await request.post('/api/graphql', { data: { query: `{ ${aliases} }` } })
  expect(response.status()).toBe(404)
  expect(Date.now() - started).toBeLessThan(2000)
  const page = await request.get('/en')
  expect(page.status()).toBe(200)
})

test('the admin login lets people paste their password (WCAG 2.2, 3.3.8)', async ({ page }) => {
  await page.goto('/admin')
  const password = page.locator('#field-password')
  await expect(password).toBeVisible({ timeout: 30_000 })
  const blocked = await password.evaluate((input) => {
    const data = new DataTransfer()
    data.setData('text/plain', 'a-pasted-password-from-a-manager')
    const paste = new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
    })
    input.dispatchEvent(paste)
    return paste.defaultPrevented
  })
  expect(blocked).toBe(false)
  await expect(password).not.toHaveAttribute('onpaste', /./)
})
