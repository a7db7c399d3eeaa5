import { expect, test } from '@playwright/test'

import { GUIDE_PATHS, LOCALES, messages } from './helpers/locales'

for (const { code, dir } of LOCALES) {
  test.describe(`${code}: pages render`, () => {
    test('home page', async ({ page }) => {
      const response = await page.goto(`/${code}`)
      expect(response?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', code)
      await expect(page.locator('html')).toHaveAttribute('dir', dir)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages[code].Home.heading)
      await expect(page.getByRole('link', { name: messages[code].Layout.skipLink })).toBeAttached()
    })

    for (const path of GUIDE_PATHS) {
      test(`guide /${path}`, async ({ page }) => {
        const response = await page.goto(`/${code}/${path}`)
        expect(response?.status()).toBe(200)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expect(
          page.getByRole('navigation', { name: messages[code].Breadcrumbs.label }),
        ).toBeVisible()
        await expect(
          page.getByText(/Legal basis|Podstawa prawna|قانونی بنیاد/).first(),
        ).toBeVisible()
        const lastUpdated = messages[code].Page.lastUpdated.split(':')[0]
        await expect(page.getByText(lastUpdated, { exact: false })).toBeVisible()
      })
    }
  })
}

test('a translated page has no fallback notice', async ({ page }) => {
  await page.goto('/pl/resolving-a-disagreement')
  await expect(page.getByText(messages.pl.Page.fallbackNotice)).toHaveCount(0)
  await page.goto('/ur/resolving-a-disagreement/disagreement-resolution')
  await expect(page.getByText(messages.ur.Page.fallbackNotice)).toHaveCount(0)
})

test('a long page has a contents list whose links reach its sections', async ({ page }) => {
  await page.goto('/en/resolving-a-disagreement/send-tribunal-appeals')
  const contents = page.getByRole('navigation', { name: messages.en.Page.contents })
  await expect(contents).toBeVisible()
  const first = contents.getByRole('link').first()
  const target = (await first.getAttribute('href'))!
  await first.click()
  await expect(page).toHaveURL(new RegExp(`${target}$`))
  await expect(page.locator(target)).toBeVisible()
})

test('the disagreement resolution page shows the four kinds as a table', async ({ page }) => {
  await page.goto('/en/resolving-a-disagreement/disagreement-resolution')
  const table = page.getByRole('table')
  await expect(table.getByRole('columnheader')).toHaveCount(2)
  await expect(table.locator('tbody tr')).toHaveCount(4)
})

test('the language switcher keeps the reader on the same page', async ({ page }) => {
  await page.goto('/en/resolving-a-disagreement/disagreement-resolution')
  const switcher = page.getByRole('navigation', { name: messages.en.LanguageSwitcher.label })
  await switcher.getByRole('link', { name: 'Polski' }).click()
  await expect(page).toHaveURL(/\/pl\/resolving-a-disagreement\/disagreement-resolution$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl')
  await page
    .getByRole('navigation', { name: messages.pl.LanguageSwitcher.label })
    .getByRole('link', { name: 'اردو' })
    .click()
  await expect(page).toHaveURL(/\/ur\/resolving-a-disagreement\/disagreement-resolution$/)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
})

test('Urdu: running text in a Naskh face, headings in Nastaliq, English inside in Latin', async ({
  page,
}) => {
  await page.goto('/ur/resolving-a-disagreement/mediation')
  const firstFamily = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => getComputedStyle(element).fontFamily.split(',')[0].replace(/"/g, ''))
  expect(await firstFamily('main p')).toBe('Noto Naskh Arabic')
  expect(await firstFamily('main h1')).toBe('Noto Nastaliq Urdu')
  expect(await firstFamily('main h2')).toBe('Noto Nastaliq Urdu')
  // The language switcher names English in English (lang="en"): the Latin stack, not Urdu's.
  expect(await firstFamily('a[lang="en"]')).toBe('system-ui')
})

test('/ sends the reader to their browser language', async ({ browser }) => {
  const context = await browser.newContext({
    locale: 'pl-PL',
    extraHTTPHeaders: { 'Accept-Language': 'pl-PL,pl;q=0.9' },
  })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page).toHaveURL(/\/pl$/)
  await context.close()
  const response = await (
    await browser.newContext()
  ).request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': 'de-DE' } })
  expect(response.headers().location).toMatch(/\/en$/)
})

for (const { code } of LOCALES) {
  test(`${code}: an unknown page is a 404 in the reader's language`, async ({ page }) => {
    const response = await page.goto(`/${code}/resolving-a-disagreement/no-such-guide`)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages[code].NotFound.title)
    await expect(page.locator('html')).toHaveAttribute('lang', code)
  })
}

test('the skip link is the first thing the keyboard reaches and moves focus to the content', async ({
  page,
}) => {
  await page.goto('/en/resolving-a-disagreement')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: messages.en.Layout.skipLink })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main-content$/)
  // The next Tab lands inside the main content, past the header and navigation.
  await page.keyboard.press('Tab')
  const insideMain = await page.evaluate(() => !!document.activeElement?.closest('main'))
  expect(insideMain).toBe(true)
})

test('published pages are served from the prerender cache', async ({ request }) => {
  const response = await request.get('/en/resolving-a-disagreement/mediation')
  expect(response.headers()['x-nextjs-cache']).toMatch(/HIT|STALE/)
  expect(response.headers()['x-content-type-options']).toBe('nosniff')
  expect(response.headers()['set-cookie']).toBeUndefined()
  const csp = response.headers()['content-security-policy']
  expect(csp).toContain("default-src 'self'")
  expect(csp).toContain("frame-ancestors 'self'")
  expect(csp).toContain("form-action 'self'")
})
