import { expect, test, type Browser, type Page } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { LOCALES, messages } from './helpers/locales'
import { expectErrorSummary, tabTo } from './helpers/tools'

type Code = keyof typeof messages

async function continueOn(page: Page, code: Code) {
  await page.getByRole('button', { name: messages[code].Forms.continue }).click()
}

/** axe needs JavaScript in the page, so a page reached without it is checked in a second tab. */
async function expectNoAxeViolationsAt(browser: Browser, page: Page) {
  // Playwright Test gives new contexts the describe block's options, so JavaScript is turned back on.
  const context = await browser.newContext({ javaScriptEnabled: true })
  try {
    const checked = await context.newPage()
    await checked.goto(page.url())
    await expectNoAxeViolations(checked)
  } finally {
    await context.close()
  }
}

for (const { code } of LOCALES) {
  const t = messages[code].RouteFinder
  const f = messages[code].Forms

  test.describe(`${code}: route finder`, () => {
    test('asks one question per page and ends on the routes in order', async ({ page }) => {
      await page.goto(`/${code}/route-finder`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.aboutQuestion)
      await expectNoAxeViolations(page)
      await page.getByLabel(t.situations['plan-contents'], { exact: true }).check()
      await continueOn(page, code)

      await expect(page).toHaveURL(/\/route-finder\/sections\?about=plan-contents/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.sectionsQuestion)
      await expectNoAxeViolations(page)
      await page.getByLabel(t.sections.I, { exact: true }).check()
      await continueOn(page, code)

      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.ageQuestion)
      await expectNoAxeViolations(page)
      await page.getByLabel(t.ages['not-finished-year-11'], { exact: true }).check()
      await continueOn(page, code)

      await expect(page).toHaveURL(
        /\/route-finder\/result\?about=plan-contents&sections=I&age=15&year11=not-finished/,
      )
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.resultTitle)
      const routes = page.locator('.app-route-list h2')
      // Section I is plan contents, so the health and social care recommendations route shows too.
      await expect(routes).toHaveCount(6)
      await expect(page.getByText(t.certificateFalse)).toBeVisible()
      await expect(page.getByText(t.notes['section-i-only-no-certificate'])).toBeVisible()
      await expectNoAxeViolations(page)
      // The decision date goes into the calculator, which opens with the deadlines worked out.
      await page.getByLabel(f.day).fill('2')
      await page.getByLabel(f.month).fill('3')
      await page.getByLabel(f.year).fill('2026')
      await page.getByRole('button', { name: t.calculatorLink }).click()
      await expect(page).toHaveURL(
        new RegExp(
          `/${code}/deadline-calculator\\?appealAbout=placement-only&decision-day=2&decision-month=3&decision-year=2026`,
        ),
      )
      // Section I only: no certificate (CFA s55(3)), so the calculator counts 2 months only.
      await expect(
        page.getByLabel(messages[code].DeadlineCalculator.appealAbout['placement-only'].label),
      ).toBeChecked()
      await expect(
        page.getByRole('heading', {
          name: messages[code].DeadlineCalculator.resultsHeading,
          exact: true,
        }),
      ).toBeVisible()
      await page.goBack()
      // The back link returns to the age question with the answer kept.
      await page.getByRole('link', { name: f.back }).click()
      await expect(page.getByLabel(t.ages['not-finished-year-11'], { exact: true })).toBeChecked()
    })

    test('shows an error on each question answered with nothing', async ({ page }) => {
      await page.goto(`/${code}/route-finder`)
      await continueOn(page, code)
      await expectErrorSummary(page, code, t.errors.about)
      await expectNoAxeViolations(page)

      await page.goto(`/${code}/route-finder/sections?about=plan-not-delivered`)
      await continueOn(page, code)
      await expectErrorSummary(page, code, t.errors.sections)
      await expectNoAxeViolations(page)

      await page.goto(`/${code}/route-finder/age?about=social-care-assessment`)
      // The routes depend on the age here, so "I'd rather not say" is not offered.
      await expect(page.getByLabel(t.ages['not-sure'], { exact: true })).toHaveCount(0)
      await continueOn(page, code)
      await expectErrorSummary(page, code, t.errors.age)
      await expectNoAxeViolations(page)
    })
  })
}

test('the header and the home page link to both tools', async ({ page }) => {
  const tools = messages.en.Tools
  await page.goto('/en')
  const nav = page.getByRole('navigation', { name: messages.en.Layout.navigation })
  await expect(nav.getByRole('link', { name: tools.navRouteFinder })).toHaveAttribute(
    'href',
    '/en/route-finder',
  )
  await expect(nav.getByRole('link', { name: tools.navCalculator })).toHaveAttribute(
    'href',
    '/en/deadline-calculator',
  )
  await page.getByRole('link', { name: tools.routeFinderLink }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    messages.en.RouteFinder.aboutQuestion,
  )
})

test('"I\'m not sure" about the sections shows the education routes and says so', async ({
  page,
}) => {
  const t = messages.en.RouteFinder
  await page.goto('/en/route-finder/sections?about=plan-contents')
  await page.getByLabel(messages.en.Forms.notSure, { exact: true }).check()
  await continueOn(page, 'en')
  await page.getByLabel(t.ages['not-sure'], { exact: true }).check()
  await continueOn(page, 'en')
  await expect(page.getByText(t.notSureSections.replace('{sections}', 'B, F'))).toBeVisible()
  await expect(page.getByText(t.certificateTrue)).toBeVisible()
})

test('the whole journey works by keyboard alone', async ({ page }) => {
  const t = messages.en.RouteFinder
  await page.goto('/en/route-finder')
  await tabTo(page, 'about')
  // Arrow keys move through a radio group and select as they go.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.ageQuestion)
  await tabTo(page, 'age')
  await page.keyboard.press('Space')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/result\?about=refusal-to-issue&age=15&year11=not-finished/)
  await expect(page.getByText(t.certificateTrue)).toBeVisible()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('every question and the result work', async ({ page }) => {
    const t = messages.en.RouteFinder
    await page.goto('/en/route-finder')
    await continueOn(page, 'en')
    await expectErrorSummary(page, 'en', t.errors.about)
    await page.getByLabel(t.situations['social-care-assessment'], { exact: true }).check()
    await continueOn(page, 'en')
    await page.getByLabel(t.ages['18-25'], { exact: true }).check()
    await continueOn(page, 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.resultTitle)
    // Route titles come from the CMS (seeded from lib/routeFinder/texts).
    await expect(page.getByRole('link', { name: 'Complain about adult social care' })).toBeVisible()
    await expect(page.getByText(t.notes['young-person-holds-rights'])).toBeVisible()

    // Choosing a council lists its services under the same results, answers kept.
    await page.getByLabel(messages.en.Providers.councilLabel).selectOption({ label: 'Sefton' })
    await page.getByRole('button', { name: messages.en.Providers.submit }).click()
    await expect(page).toHaveURL(/about=social-care-assessment&age=18&council=E08000014/)
    await expect(page.getByRole('heading', { name: 'Services for Sefton' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Sefton SENDIASS' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Complain about adult social care' })).toBeVisible()
  })
})

for (const { code } of LOCALES) {
  test(`${code}: the results with a council's services pass axe`, async ({ page }) => {
    await page.goto(
      `/${code}/route-finder/result?about=social-care-assessment&age=18&council=E08000014`,
    )
    await expect(page.getByRole('link', { name: 'Sefton SENDIASS' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
}

// Issue 8: the situations where a family must never be told "no appeal", and the new ones,
// without JavaScript in every language, with axe on each page.
test.describe('without JavaScript: the new answers', () => {
  test.use({ javaScriptEnabled: false })

  for (const { code } of LOCALES) {
    const t = messages[code].RouteFinder
    const f = messages[code].Forms

    test(`${code}: "I'm not sure" says we cannot tell yet and links the calculator`, async ({
      page,
      browser,
    }) => {
      await page.goto(`/${code}/route-finder`)
      await page.getByLabel(f.notSure, { exact: true }).check()
      await continueOn(page, code)
      await expect(page).toHaveURL(new RegExp(`/${code}/route-finder/result\\?about=not-sure`))
      await expect(page.getByText(t.certificateUnknown)).toBeVisible()
      await expect(page.getByText(t.certificateNull)).toHaveCount(0)
      await expect(page.getByText(t.deadlinesLeadMaybe)).toBeVisible()
      await expect(page.getByText(t.notes['council-letter-may-start-2-months'])).toBeVisible()
      await expectNoAxeViolationsAt(browser, page)
      await page.getByRole('link', { name: t.noteCalculatorLink }).click()
      await expect(page).toHaveURL(new RegExp(`/${code}/deadline-calculator$`))
    })

    test(`${code}: a refused health service asks about the plan; with one, therapy can be appealed`, async ({
      page,
      browser,
    }) => {
      await page.goto(`/${code}/route-finder`)
      await page.getByLabel(t.situations['health-service-refused'], { exact: true }).check()
      await continueOn(page, code)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.planQuestion)
      await continueOn(page, code)
      await expectErrorSummary(page, code, t.errors.plan)
      await expectNoAxeViolationsAt(browser, page)
      await page.getByLabel(t.plans.yes, { exact: true }).check()
      await continueOn(page, code)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.ageQuestion)
      await expectNoAxeViolationsAt(browser, page)
      await page.getByLabel(t.ages['finished-year-11'], { exact: true }).check()
      await continueOn(page, code)
      await expect(page).toHaveURL(/about=health-service-refused&plan=yes&age=16&year11=finished/)
      await expect(page.getByText(t.certificateTrue)).toBeVisible()
      await expect(
        page.getByText(t.notes['therapy-can-be-special-educational-provision']),
      ).toBeVisible()
      await expect(page.getByText(t.notes['young-person-holds-rights'])).toBeVisible()
      await expectNoAxeViolationsAt(browser, page)
      // Back through the questions with the answers kept.
      await page.getByRole('link', { name: f.back }).click()
      await expect(page.getByLabel(t.ages['finished-year-11'], { exact: true })).toBeChecked()
      await page.getByRole('link', { name: f.back }).click()
      await expect(page.getByLabel(t.plans.yes, { exact: true })).toBeChecked()
    })

    test(`${code}: the council missed a time limit: complaint, ombudsman, judicial review`, async ({
      page,
      browser,
    }) => {
      await page.goto(`/${code}/route-finder`)
      await page.getByLabel(t.situations['council-missed-time-limit'], { exact: true }).check()
      await continueOn(page, code)
      await page.getByLabel(t.ages['not-finished-year-11'], { exact: true }).check()
      await continueOn(page, code)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.resultTitle)
      await expect(page.locator('.app-route-list h2')).toHaveCount(6)
      await expect(page.getByText(t.certificateNotYet)).toBeVisible()
      await expect(page.getByText(t.notes['council-time-limits'])).toBeVisible()
      await expect(page.getByText(t.notes['missed-time-limit-complaint-deadlines'])).toBeVisible()
      await expect(
        page.getByText(t.timeLimit.replace('{limit}', t.routeDeadlines['judicial-review'])),
      ).toBeVisible()
      await expect(page.getByText(t.notes['young-person-holds-rights'])).toHaveCount(0)
      await expectNoAxeViolationsAt(browser, page)
    })
  }
})
