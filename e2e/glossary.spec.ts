import { expect, test } from '@playwright/test'

import { LOCALES, messages } from './helpers/locales'

for (const { code } of LOCALES) {
  test(`${code}: the footer leads to the glossary, with every term defined`, async ({ page }) => {
    const t = messages[code].Glossary
    await page.goto(`/${code}`)
    await page.getByRole('contentinfo').getByRole('link', { name: t.footerLink }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title)
    const terms = Object.values(t.terms)
    const main = page.getByRole('main')
    await expect(main.locator('dt')).toHaveCount(terms.length)
    await expect(main.locator('dd')).toHaveText(terms.map((term) => term.definition))
    const english = main.locator('dt [lang="en"]')
    // Translations name the English legal term too, marked as English for screen readers.
    if (code === 'en') await expect(english).toHaveCount(0)
    else await expect(english.first()).toHaveText(messages.en.Glossary.terms.ehcAssessment.term)
  })
}
