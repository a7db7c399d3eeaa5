import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { LOCALES, messages } from './helpers/locales'

type Code = (typeof LOCALES)[number]['code']

/** A guide's title and Markdown in one language, straight from the seeded content files. */
function guide(slug: string, code: Code) {
  const source = fs.readFileSync(path.join('content/pages', `${slug}.${code}.md`), 'utf8')
  const title = /^title:\s*(.*)$/m.exec(source)![1].trim()
  const link = (url: string) => new RegExp(`\\[([^\\]]+)\\]\\(${url.replace(/[.?]/g, '\\$&')}\\)`)
  return { title, source, linkText: (url: string) => link(url).exec(source)?.[1] }
}

const NEW_GUIDES = ['after-you-appeal', 'proposed-changes-2026']
const APPEAL_SERVICE = 'https://www.gov.uk/special-educational-needs-disability-tribunal'

for (const { code, dir } of LOCALES) {
  test.describe(`${code}: the guides that were missing`, () => {
    for (const slug of NEW_GUIDES) {
      test(`"${slug}" renders, is listed on the home page and passes axe`, async ({ page }) => {
        const { title } = guide(slug, code)
        const response = await page.goto(`/${code}/resolving-a-disagreement/${slug}`)
        expect(response?.status()).toBe(200)
        await expect(page.locator('html')).toHaveAttribute('dir', dir)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
        await expect(page.getByText(messages[code].Page.fallbackNotice)).toHaveCount(0)
        await expectNoAxeViolations(page)
        await page.goto(`/${code}`)
        await expect(page.getByRole('link', { name: title, exact: true })).toHaveAttribute(
          'href',
          `/${code}/resolving-a-disagreement/${slug}`,
        )
      })
    }

    test('the appeals guide links to the official GOV.UK appeal service', async ({ page }) => {
      const text = guide('send-tribunal-appeals', code).linkText(APPEAL_SERVICE)!
      await page.goto(`/${code}/resolving-a-disagreement/send-tribunal-appeals`)
      await expect(page.getByRole('link', { name: text, exact: true })).toHaveAttribute(
        'href',
        APPEAL_SERVICE,
      )
    })

    test('the mediation guide starts with the adviser, and the call-back form says it is not contacting them', async ({
      page,
    }) => {
      const { linkText } = guide('mediation', code)
      await page.goto(`/${code}/resolving-a-disagreement/mediation`)
      const firstSection = page.locator('.app-rich-text h2').first()
      await expect(firstSection).toContainText('1')
      await expect(
        page.getByRole('link', { name: linkText('/providers?kind=mediation')!, exact: true }),
      ).toHaveAttribute('href', `/${code}/providers?kind=mediation`)
      const form = page.getByRole('region', { name: messages[code].CallbackForm.heading })
      await expect(form.getByText(messages[code].CallbackForm.notMediationAdviser)).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
}

test('Urdu search finds the appeals guide whichever spelling of "Tribunal" is typed', async ({
  page,
}) => {
  for (const spelling of ['ٹربیونل', 'ٹریبونل']) {
    await page.goto(`/ur/search?q=${encodeURIComponent(spelling)}`)
    await expect(
      page.locator('a[href="/ur/resolving-a-disagreement/send-tribunal-appeals"]'),
    ).toBeVisible()
  }
})

test('a provider page has no note about the mediation adviser on its own call-back form', async ({
  page,
}) => {
  await page.goto('/en/providers/global-mediation')
  await expect(page.getByText(messages.en.CallbackForm.notMediationAdviser)).toHaveCount(0)
})
