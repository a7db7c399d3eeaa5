import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { LOCALES } from './helpers/locales'

// One page of every template: home, a guide with a table, a long guide with a contents list,
// a guide shown in English under another language, the glossary, search with results, the
// provider list and a provider with its call-back form, and the 404 page.
const TEMPLATES = [
  '',
  'resolving-a-disagreement',
  'resolving-a-disagreement/disagreement-resolution',
  'resolving-a-disagreement/send-tribunal-appeals',
  'resolving-a-disagreement/what-to-do-if',
  'glossary',
  'search?q=tribunal',
  'providers?council=E08000014',
  'providers/global-mediation',
  'no-such-page',
]

for (const { code } of LOCALES) {
  for (const path of TEMPLATES) {
    test(`axe: /${code}/${path}`, async ({ page }) => {
      await page.goto(`/${code}/${path}`)
      await expectNoAxeViolations(page)
    })
  }
}

// Both directions, side by side: the same page in English and Urdu must mirror, not just flip text.
test('Urdu pages are laid out right to left, English left to right', async ({ page }, testInfo) => {
  for (const { code, dir } of LOCALES.filter((l) => l.code !== 'pl')) {
    await page.goto(`/${code}/resolving-a-disagreement/mediation`)
    await expect(page.locator('html')).toHaveAttribute('dir', dir)
    const crumbs = page.locator('.govuk-breadcrumbs__list-item')
    const [first, last] = [await crumbs.first().boundingBox(), await crumbs.last().boundingBox()]
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox()
    const width = page.viewportSize()!.width
    if (dir === 'rtl') {
      expect(first!.x).toBeGreaterThan(last!.x) // the trail runs from the right
      expect(heading!.x + heading!.width).toBeGreaterThan(width / 2) // text starts on the right
    } else {
      expect(first!.x).toBeLessThan(last!.x)
      expect(heading!.x).toBeLessThan(width / 2)
    }
    await testInfo.attach(`mediation-${dir}.png`, {
      body: await page.screenshot({ fullPage: false }),
      contentType: 'image/png',
    })
  }
  // The calculator's date boxes keep day, month, year in reading order for each direction.
  for (const { code, dir } of LOCALES.filter((l) => l.code !== 'pl')) {
    await page.goto(`/${code}/deadline-calculator`)
    const day = await page.locator('#decision-day').boundingBox()
    const year = await page.locator('#decision-year').boundingBox()
    if (dir === 'rtl') expect(day!.x).toBeGreaterThan(year!.x)
    else expect(day!.x).toBeLessThan(year!.x)
    await testInfo.attach(`calculator-${dir}.png`, {
      body: await page.screenshot(),
      contentType: 'image/png',
    })
  }
})
