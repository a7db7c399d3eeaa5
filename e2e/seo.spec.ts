import { expect, test } from '@playwright/test'

import { GUIDE_PATHS, LOCALES } from './helpers/locales'

test('the sitemap lists every guide in every language with its alternates', async ({ request }) => {
  const response = await request.get('/sitemap.xml')
  expect(response.ok()).toBe(true)
  const xml = await response.text()
  for (const path of ['', ...GUIDE_PATHS]) {
    for (const { code } of LOCALES) {
      const url = `/${code}${path ? `/${path}` : ''}</loc>`
      expect(xml, url).toContain(url)
    }
  }
  expect(xml).toContain('hreflang="ur"')
  expect(xml).toContain('hreflang="x-default"')
  expect(xml).not.toContain('/admin')
})

test('robots.txt keeps crawlers out of the admin and the API, and points at the sitemap', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Disallow: \/admin/)
  expect(robots).toMatch(/Disallow: \/api\//)
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
})

test('every page names its canonical address and its translations', async ({ page }) => {
  await page.goto('/pl/resolving-a-disagreement/mediation')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/pl\/resolving-a-disagreement\/mediation$/,
  )
  for (const hreflang of ['en', 'pl', 'ur', 'x-default']) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveCount(1)
  }
})
