import { expect, test, type Page } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { LOCALES, messages } from './helpers/locales'
import { jsonLdOfType } from './helpers/tools'

const SEFTON = 'E08000014'
const BARNET = 'E09000003' // no seeded provider serves Barnet: the empty state
const SEFTON_TEAM_DESCRIPTION = {
  en: /^This is the Sefton Council team/,
  pl: /^To zespół samorządu Sefton/,
  ur: /^یہ Sefton کونسل کی وہ ٹیم ہے/,
}

async function chooseSeftonAdvice(page: Page, code: keyof typeof messages) {
  const t = messages[code].Providers
  await page.goto(`/${code}/providers`)
  await page.getByLabel(t.councilLabel).selectOption({ label: 'Sefton' })
  await page.getByRole('group', { name: t.kindLegend }).getByLabel(t.kinds.sendiass).check()
  await page.getByRole('button', { name: t.submit }).click()
  await expect(page).toHaveURL(new RegExp(`council=${SEFTON}&kind=sendiass`))
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the GET form finds a council’s services and the link can be shared', async ({ page }) => {
    const t = messages.en.Providers
    await chooseSeftonAdvice(page, 'en')
    const results = page.getByRole('region', { name: 'Services for Sefton' })
    await expect(results.getByRole('link', { name: 'Sefton SENDIASS' })).toBeVisible()
    await expect(results.getByRole('link', { name: /Customer Response Team/ })).toHaveCount(0)
    // The choice stays in the form.
    await expect(page.getByLabel(t.councilLabel)).toHaveValue(SEFTON)
    await results.getByRole('link', { name: 'Sefton SENDIASS' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sefton SENDIASS')
  })
})

for (const { code } of LOCALES) {
  const t = messages[code].Providers
  const p = messages[code].ProviderPage

  test.describe(`${code}: providers`, () => {
    test('lists, filters and shows the empty state accessibly', async ({ page }) => {
      await chooseSeftonAdvice(page, code)
      await expect(page.getByRole('link', { name: 'Sefton SENDIASS' })).toBeVisible()
      await expectNoAxeViolations(page)
      await page.goto(`/${code}/providers?council=${BARNET}`)
      await expect(page.getByText(t.noResults)).toBeVisible()
      await expectNoAxeViolations(page)
      await page.goto(`/${code}/providers?council=E99999999`)
      await expect(page.locator('.govuk-error-summary')).toContainText(t.unknownCouncil)
      await expectNoAxeViolations(page)
    })

    test('a provider page shows how to get in touch and its structured data', async ({ page }) => {
      await page.goto(`/${code}/providers/sefton-council-customer-response-team`)
      const contact = page.getByRole('region', { name: p.contactHeading })
      const phone = contact.getByRole('link', { name: '0151 934 3628' })
      await expect(phone).toHaveAttribute('href', 'tel:01519343628')
      // Read left to right in every language, so Urdu does not reverse the digit groups.
      await expect(phone).toHaveAttribute('dir', 'ltr')
      await expect(contact.getByRole('link', { name: /childrenscomplaints@/ })).toHaveAttribute(
        'href',
        'mailto:childrenscomplaints@sefton.gov.uk',
      )
      // Provider texts are seeded in every language, so none is marked as English.
      const description = page.getByText(SEFTON_TEAM_DESCRIPTION[code])
      await expect(description).toBeVisible()
      await expect(description).not.toHaveAttribute('lang')
      expect(await jsonLdOfType(page, 'GovernmentService')).toMatchObject({
        name: 'Sefton Council Customer Response Team',
      })
      await expectNoAxeViolations(page)
    })

    test('warns when the details were checked over 6 months ago', async ({ page }) => {
      await page.goto(`/${code}/providers/prime-resolution`)
      await expect(page.getByText(p.staleWarning)).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
}

test('with JavaScript the header link leads to the search and it works', async ({ page }) => {
  await page.goto('/en')
  await page
    .getByRole('navigation', { name: messages.en.Layout.navigation })
    .getByRole('link', { name: messages.en.Providers.navLink })
    .click()
  await expect(page).toHaveURL(/\/en\/providers$/)
  await chooseSeftonAdvice(page, 'en')
  await expect(page.getByRole('link', { name: 'Sefton SENDIASS' })).toBeVisible()
})

test('the Open Referral UK API answers JSON with CORS, and errors in JSON', async ({ request }) => {
  const info = await request.get('/openreferral')
  expect(await info.json()).toMatchObject({ version: 'HSDS-UK-3.0' })
  const list = await request.get('/openreferral/services?per_page=5')
  expect(list.status()).toBe(200)
  expect(list.headers()['access-control-allow-origin']).toBe('*')
  const page = await list.json()
  expect(page).toMatchObject({ total_items: 7, size: 5, first_page: true, last_page: false })
  const one = await request.get(`/openreferral/services/${page.contents[0].id}`)
  expect((await one.json()).id).toBe(page.contents[0].id)
  for (const path of [
    '/openreferral/service_at_locations',
    '/openreferral/taxonomies',
    '/openreferral/taxonomy_terms',
  ]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['access-control-allow-origin']).toBe('*')
  }
  const bad = [
    ['/openreferral/services?per_page=-1', 400],
    ['/openreferral/services?per_page=100000', 400],
    ['/openreferral/services?page=abc', 400],
    ['/openreferral/services/not-a-uuid', 400],
    ['/openreferral/services/00000000-0000-4000-8000-000000000000', 404],
    ['/openreferral/service_at_locations/00000000-0000-4000-8000-000000000000', 404],
  ] as const
  for (const [path, status] of bad) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(status)
    expect(await response.json()).toHaveProperty('error')
  }
})

test('each filter of the providers list is rendered once and then served from the page cache; its internal address is not public', async ({
  request,
}) => {
  const first = await request.get('/en/providers?kind=sendiass&kind=mediation')
  expect(first.status()).toBe(200)
  // The same list asked another way (order, repeats, unrelated parameters): the same cached page.
  const again = await request.get('/en/providers?kind=mediation&utm_source=x&kind=sendiass')
  expect(again.status()).toBe(200)
  expect(again.headers()['x-nextjs-cache']).toBe('HIT')
  expect(await again.text()).toBe(await first.text())
  expect((await request.get('/en/providers/list/k-mediation_k-sendiass')).status()).toBe(404)
  // Not with a made-up preview cookie, nor by another method: a made-up council's list would
  // otherwise be rendered and kept.
  const forged = { headers: { cookie: '__prerender_bypass=forged' } }
  expect((await request.get('/en/providers/list/c-E99999997', forged)).status()).toBe(404)
  expect((await request.post('/en/providers/list/c-E99999997', forged)).status()).toBe(404)
  // A council that exists has its cached list; a made-up code is rendered per request (so it
  // cannot fill the cache) and still says there is no such council.
  await request.get(`/en/providers?council=${BARNET}`)
  expect((await request.get(`/en/providers?council=${BARNET}`)).headers()['x-nextjs-cache']).toBe(
    'HIT',
  )
  for (const attempt of [1, 2]) {
    const made = await request.get('/en/providers?council=E99999998&kind=mediation')
    expect(made.status(), `attempt ${attempt}`).toBe(200)
    expect(made.headers()['x-nextjs-cache'], `attempt ${attempt}`).toBeUndefined()
    expect(await made.text()).toContain(messages.en.Providers.unknownCouncil)
  }
})
