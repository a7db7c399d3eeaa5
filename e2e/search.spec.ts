import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { LOCALES, messages } from './helpers/locales'
import { expectErrorSummary } from './helpers/tools'

// The word for "mediation" as each language's guides use it.
const MEDIATION = { en: 'mediation', pl: 'mediacja', ur: 'ثالثی' } as const

for (const { code } of LOCALES) {
  const t = messages[code].Search

  test(`${code}: the header leads to search, which finds the mediation guide`, async ({ page }) => {
    await page.goto(`/${code}`)
    await page
      .getByRole('navigation', { name: messages[code].Layout.navigation })
      .getByRole('link', { name: t.navLink, exact: true })
      .click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title)
    await page.getByLabel(t.label).fill(MEDIATION[code])
    await page.getByRole('button', { name: t.submit }).click()
    const results = page.getByRole('region', {
      name: t.resultsHeading.replace('{query}', MEDIATION[code]),
    })
    const guide = results.locator(`a[href="/${code}/resolving-a-disagreement/mediation"]`)
    await expect(guide).toBeVisible()
    await expect(guide.locator('mark').first()).toBeVisible()
    await expectNoAxeViolations(page)
  })
}

test('finds providers too, in their own section', async ({ page }) => {
  await page.goto('/en/search?q=sefton')
  const t = messages.en.Search
  await expect(page.getByRole('heading', { name: t.providersHeading })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Sefton SENDIASS' })).toBeVisible()
})

test.describe('odd and hostile queries', () => {
  const t = messages.en.Search

  test('an empty search asks for a word', async ({ page }) => {
    await page.goto('/en/search?q=')
    await expectErrorSummary(page, 'en', t.errors.tooShort.replace('{min}', '2'))
    await expectNoAxeViolations(page)
  })

  test('a very long search is refused with a clear message', async ({ page }) => {
    const response = await page.goto(`/en/search?q=${'appeal '.repeat(40)}`)
    expect(response?.status()).toBe(200)
    await expectErrorSummary(page, 'en', t.errors.tooLong.replace('{max}', '100'))
  })

  test('markup and SQL in a search are shown as text, never run', async ({ page }) => {
    const hostile = `<img src=x onerror="window.__pwned=1">' OR 1=1; DROP TABLE pages; --`
    const response = await page.goto(`/en/search?q=${encodeURIComponent(hostile)}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByText(t.noResults.replace('{query}', hostile))).toBeVisible()
    expect(await page.locator('main img').count()).toBe(0)
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    // The pages table is still there.
    await page.goto('/en/search?q=tribunal')
    await expect(page.getByRole('heading', { name: t.guidesHeading })).toBeVisible()
  })
})

test('a client whose searches reach the database over 30 times a minute is asked to wait; answers from the cache and other clients are not', async ({
  request,
}) => {
  const t = messages.en.Search
  const as = (ip: string) => ({ headers: { 'x-forwarded-for': ip } })
  // Thirty different queries: none is in the cache yet, so each one reaches the database.
  const search = (query: string, ip: string) =>
    request.get(`/en/search?q=${encodeURIComponent(query)}`, as(ip))
  for (let i = 0; i < 30; i++) {
    const html = await (await search(`tribunal limit${i}`, '203.0.113.77')).text()
    expect(html).not.toContain(t.errors.rateLimited)
  }
  const limited = await search('tribunal limit30', '203.0.113.77')
  expect(limited.status()).toBe(200)
  expect(await limited.text()).toContain(t.errors.rateLimited)
  // A query already answered comes from the cache and costs nothing.
  const cached = await search('tribunal   limit3', '203.0.113.77')
  expect(await cached.text()).not.toContain(t.errors.rateLimited)
  const other = await search('tribunal limit30', '203.0.113.78')
  expect(await other.text()).not.toContain(t.errors.rateLimited)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the search form works as a plain GET form', async ({ page }) => {
    const t = messages.ur.Search
    await page.goto('/ur/search')
    await page.getByLabel(t.label).fill(MEDIATION.ur)
    await page.getByRole('button', { name: t.submit }).click()
    await expect(page).toHaveURL(/\/ur\/search\?q=/)
    await expect(page.locator('a[href="/ur/resolving-a-disagreement/mediation"]')).toBeVisible()
  })
})

test('the cached results pages are not public: their addresses answer 404, whatever the cookie or method', async ({
  request,
}) => {
  // 'zzqv' as a key (searchPageKey): a query nobody has searched, so nothing is cached yet.
  const key = `q-${Buffer.from('zzqv').toString('hex')}`
  const forged = { headers: { cookie: '__prerender_bypass=forged' } }
  expect((await request.get(`/en/search/results/${key}`)).status()).toBe(404)
  expect((await request.get(`/en/search/results/${key}`, forged)).status()).toBe(404)
  expect((await request.post(`/en/search/results/${key}`, forged)).status()).toBe(404)
  expect((await request.get('/en/search/results/form', forged)).status()).toBe(404)
})
