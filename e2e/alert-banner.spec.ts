import { expect, test } from '@playwright/test'

import { lawUnchangedBanner } from '../content/alertBanners'
import { expectNoAxeViolations } from './helpers/axe'
import { LOCALES, messages } from './helpers/locales'

// The seeded banner, "The law on SEND disagreements has not changed", on every page.
const GUIDE = 'resolving-a-disagreement/mediation'

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  for (const { code } of LOCALES) {
    test(`${code}: the banner links to the 2026 guide; hiding it lasts across pages`, async ({
      page,
    }) => {
      const text = lawUnchangedBanner[code]
      const t = messages[code].AlertBanner
      await page.goto(`/${code}`)
      const banner = page.getByRole('region', { name: text.title })
      await expect(banner.getByRole('heading', { name: t.information })).toBeVisible()
      // Once: the phone's folded copy of the title (styles.scss) is hidden on this wide screen.
      await expect(
        banner.getByText(text.title, { exact: true }).filter({ visible: true }),
      ).toHaveCount(1)
      await expect(banner.getByRole('link', { name: text.linkLabel })).toHaveAttribute(
        'href',
        `/${code}/resolving-a-disagreement/proposed-changes-2026`,
      )
      // The link leads to the published 2026 guide, not a 404.
      const linked = await page.request.get(
        `/${code}/resolving-a-disagreement/proposed-changes-2026`,
      )
      expect(linked.status()).toBe(200)

      await page.goto(`/${code}/${GUIDE}`)
      await banner.getByRole('button', { name: t.hide }).click()
      // Back on the same page, which is still the static page: the banner is in it, hidden.
      await expect(page).toHaveURL(new RegExp(`/${code}/${GUIDE}$`))
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.locator('.app-alert-banner')).toBeAttached()
      await expect(page.locator('.app-alert-banner')).toBeHidden()

      for (const path of ['', 'resolving-a-disagreement', 'deadline-calculator', 'glossary']) {
        await page.goto(`/${code}/${path}`)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expect(page.locator('.app-alert-banner')).toBeHidden()
      }
    })
  }

  test('hiding the English banner leaves the Polish one: the key is the text read', async ({
    page,
  }) => {
    await page.goto('/en')
    await page
      .getByRole('region', { name: lawUnchangedBanner.en.title })
      .getByRole('button', { name: messages.en.AlertBanner.hide })
      .click()
    await expect(page.locator('.app-alert-banner')).toBeHidden()
    await page.goto('/pl')
    await expect(page.getByRole('region', { name: lawUnchangedBanner.pl.title })).toBeVisible()
  })

  test('a dismissal of older wording does not hide the current banner', async ({
    page,
    context,
    baseURL,
  }) => {
    // What a reader has after hiding a banner whose text an editor has since changed.
    await context.addCookies([
      { name: 'dismissed_banners', value: '0123456789abcdef', url: baseURL! },
    ])
    await page.goto('/ur')
    await expect(page.getByRole('region', { name: lawUnchangedBanner.ur.title })).toBeVisible()
  })
})

// axe runs inside the page, so these use JavaScript; the markup is the same without it.
for (const { code } of LOCALES) {
  test(`${code}: axe passes with the banner shown and once hidden by the same form`, async ({
    page,
  }) => {
    await page.goto(`/${code}/${GUIDE}`)
    const banner = page.getByRole('region', { name: lawUnchangedBanner[code].title })
    await expect(banner).toBeVisible()
    await expectNoAxeViolations(page)
    await banner.getByRole('button', { name: messages[code].AlertBanner.hide }).click()
    await expect(page).toHaveURL(new RegExp(`/${code}/${GUIDE}$`))
    await expect(page.locator('.app-alert-banner')).toBeHidden()
    await expectNoAxeViolations(page)
  })
}

test('a malformed dismissal gets a 400 in the reader language', async ({ request }) => {
  const response = await request.post('/api/alert-banner/dismiss', {
    form: { key: 'not-a-key', locale: 'pl' },
  })
  expect(response.status()).toBe(400)
  expect(await response.text()).toContain(messages.pl.AlertBanner.hideFailed)
})
