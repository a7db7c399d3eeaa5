import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { LOCALES, messages } from './helpers/locales'
import { staffToken } from './helpers/staff'

test.describe('the 404 page without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  // Next.js renders a notFound() from a dynamic page only in its client payload (issues 62228,
  // 95613); proxy.ts sends every unknown address to the prerendered 404 page instead.
  for (const { code, dir } of LOCALES) {
    test(`/${code}/no-such-page is a translated 404 with lang and dir`, async ({ page }) => {
      const response = await page.goto(`/${code}/no-such-page`)
      expect(response?.status()).toBe(404)
      expect(response?.headers()['cache-control']).toMatch(/no-store/)
      expect(response?.headers()['link']).toBeUndefined()
      await expect(page.locator('html')).toHaveAttribute('lang', code)
      await expect(page.locator('html')).toHaveAttribute('dir', dir)
      await expect(
        page.getByRole('heading', { level: 1, name: messages[code].NotFound.title }),
      ).toBeVisible()
      await expect(page.getByRole('link', { name: messages[code].NotFound.homeLink })).toBeVisible()
    })
  }

  test('every kind of unknown address gets the whole 404 page; real pages are untouched', async ({
    page,
    request,
  }) => {
    for (const path of [
      '/en/providers/no-such-provider',
      '/en/resolving-a-disagreement/no-such-guide',
      '/en/glossary/extra',
      '/en/route-finder/nowhere',
      '/pl/a/b/c',
      '/en/page-not-found',
    ]) {
      const response = await request.get(path)
      const { title } = messages[path.split('/')[1] as keyof typeof messages].NotFound
      expect(response.status(), path).toBe(404)
      expect(await response.text(), path).toContain(`<h1 class="govuk-heading-xl">${title}</h1>`)
    }
    for (const path of ['/en/resolving-a-disagreement', '/en/glossary', '/en/providers']) {
      expect((await request.get(path)).status(), path).toBe(200)
    }
    // Only this server's own proxy reads the published lists.
    expect((await request.get('/api/published-paths')).status()).toBe(404)
    await page.goto('/en/providers')
    const provider = page.locator('a[href^="/en/providers/"]').first()
    const href = await provider.getAttribute('href')
    expect((await page.goto(href!))?.status()).toBe(200)
  })
})

// axe runs inside the page, so this check needs JavaScript.
for (const { code } of LOCALES) {
  test(`the ${code} 404 page passes axe`, async ({ page }) => {
    expect((await page.goto(`/${code}/no-such-page`))?.status()).toBe(404)
    await expectNoAxeViolations(page)
  })
}

test("the last-resort error page's texts are fetched only when it is shown", async ({ page }) => {
  // app/global-error.tsx ships with every page; its texts in every language do not (issue 12).
  const scripts: Promise<string>[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text())
  })
  await page.goto('/en/resolving-a-disagreement/what-to-do-if', { waitUntil: 'networkidle' })
  const bodies = await Promise.all(scripts)
  expect(bodies.length).toBeGreaterThan(3)
  for (const { code } of LOCALES) {
    const { title } = messages[code].ErrorPage
    expect(bodies.filter((body) => body.includes(title))).toEqual([])
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

// The production build must keep Payload's error messages: with minified class names Payload
// answered "An unknown error occurred." for every refusal without data (next.config.mjs).
test('staff get the real reason for a refused change from the production build', async ({
  request,
}) => {
  const auth = { Authorization: `JWT ${await staffToken(request)}` }
  const created = await request.post('/api/pages?draft=true', {
    headers: auth,
    data: { title: `Unpublished page ${Date.now()}`, _status: 'draft' },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const { doc } = await created.json()
  // A translation cannot go live before the English page (collections/Pages/hooks).
  const polish = await request.patch(`/api/pages/${doc.id}?locale=pl&publishSpecificLocale=pl`, {
    headers: auth,
    data: { title: 'Strona', _status: 'published' },
  })
  expect(polish.status()).toBe(400)
  expect(JSON.stringify(await polish.json())).toMatch(/Publish the English version first/)
  // Payload's own refusal keeps its words too.
  const anonymous = await request.get('/api/users')
  expect(anonymous.status()).toBe(403)
  expect(JSON.stringify(await anonymous.json())).toMatch(/not allowed/i)
  await request.delete(`/api/pages/${doc.id}`, { headers: auth })
})
