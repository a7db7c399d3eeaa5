import { expect, test } from '@playwright/test'

import { GUIDE_PATHS, LOCALES, messages } from './helpers/locales'
import { jsonLdOfType } from './helpers/tools'

test('the sitemap lists every guide and provider in every language with its alternates', async ({
  request,
}) => {
  const response = await request.get('/sitemap.xml')
  expect(response.ok()).toBe(true)
  const xml = await response.text()
  const providers = ['providers', 'providers/sefton-sendiass', 'providers/global-mediation']
  for (const path of ['', ...GUIDE_PATHS, ...providers]) {
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

test('every page template describes its breadcrumbs to search engines', async ({ page }) => {
  for (const path of [
    '/en',
    '/pl/resolving-a-disagreement/mediation',
    '/ur/providers',
    '/en/providers/sefton-sendiass',
    '/en/route-finder',
    '/pl/deadline-calculator',
    '/en/search',
  ]) {
    await page.goto(path)
    const trail = await jsonLdOfType(page, 'BreadcrumbList')
    expect(trail, path).toBeTruthy()
    expect(trail.itemListElement[0].position).toBe(1)
    expect(trail.itemListElement.at(-1).item).toMatch(new RegExp(`${path.replace(/[?]/g, '\\?')}$`))
  }
  await page.goto('/pl/resolving-a-disagreement/mediation')
  const trail = await jsonLdOfType(page, 'BreadcrumbList')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    trail.itemListElement.at(-1).name,
  )
})

test('"What to do if..." is described as questions and answers that match the page', async ({
  page,
}) => {
  for (const { code } of LOCALES) {
    await page.goto(`/${code}/resolving-a-disagreement/what-to-do-if`)
    const faq = await jsonLdOfType(page, 'FAQPage')
    expect(faq.mainEntity.length).toBeGreaterThan(5)
    const firstQuestion = (await page.locator('main h3').first().textContent())?.trim()
    expect(faq.mainEntity[0].name).toBe(firstQuestion)
    await expect(page.getByText(faq.mainEntity[0].acceptedAnswer.text.split('\n')[0])).toBeVisible()
  }
})

test('a translated page says the English version is the one that counts', async ({ page }) => {
  await page.goto('/pl/resolving-a-disagreement/mediation')
  await expect(page.getByText(messages.pl.Page.englishAuthoritative)).toBeVisible()
  await expect(page.getByRole('link', { name: messages.pl.Page.readInEnglish })).toHaveAttribute(
    'href',
    '/en/resolving-a-disagreement/mediation',
  )
  await page.goto('/en/resolving-a-disagreement/mediation')
  await expect(page.getByText(messages.en.Page.englishAuthoritative)).toHaveCount(0)
})
