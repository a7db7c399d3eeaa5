import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { LOCALES, messages } from './helpers/locales'
import { expectErrorSummary, fillDate, tabTo } from './helpers/tools'

for (const { code } of LOCALES) {
  const t = messages[code].DeadlineCalculator
  const d = messages[code].Deadlines

  test.describe(`${code}: deadline calculator`, () => {
    test('works out the deadlines, explains them and offers a calendar file', async ({ page }) => {
      await page.goto(`/${code}/deadline-calculator`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title)
      await expectNoAxeViolations(page)
      await fillDate(page, code, t.decisionLegend, '2026-03-02')
      await page.getByRole('button', { name: t.submit }).click()
      await expect(page).toHaveURL(/decision-day=2&decision-month=3&decision-year=2026/)
      const results = page.getByRole('region', { name: t.resultsHeading })
      await expect(results.getByRole('heading', { name: d.titles.appeal })).toBeVisible()
      await expect(results.locator('time[datetime="2026-05-05"]')).toBeVisible()
      await expect(results.getByText(d.rules['appeal-decision-plus-2-months'])).toBeVisible()
      // The typed values stay in the form under the results.
      const group = page.getByRole('group', { name: t.decisionLegend })
      await expect(group.getByLabel(messages[code].Forms.year, { exact: true })).toHaveValue('2026')
      await expectNoAxeViolations(page)
      const href = await results.getByRole('link', { name: t.addToCalendar }).getAttribute('href')
      const ics = await page.request.get(href!)
      expect(ics.headers()['content-type']).toContain('text/calendar')
      expect(await ics.text()).toContain('DTSTART;VALUE=DATE:20260505')
    })

    test('shows errors linked to the fields and keeps what was typed', async ({ page }) => {
      await page.goto(`/${code}/deadline-calculator`)
      await fillDate(page, code, t.decisionLegend, '2026-02-28')
      const group = page.getByRole('group', { name: t.decisionLegend })
      await group.getByLabel(messages[code].Forms.day, { exact: true }).fill('30')
      await page.getByRole('button', { name: t.submit }).click()
      const message = t.invalid.replace('{label}', d.fields.decision)
      await expectErrorSummary(page, code, message)
      await expect(page).toHaveTitle(new RegExp(`^${messages[code].Forms.error}:`))
      await expect(group.getByLabel(messages[code].Forms.day, { exact: true })).toHaveValue('30')
      await page.locator('.govuk-error-summary').getByRole('link', { name: message }).click()
      await expect(group.getByLabel(messages[code].Forms.day, { exact: true })).toBeFocused()
      await expectNoAxeViolations(page)
    })
  })
}

test('a date beyond the bank-holiday list is refused with a clear message', async ({ page }) => {
  await page.goto('/en/deadline-calculator?decision=2031-01-06')
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'outside the dates we can work out',
  )
})

test('the whole journey works by keyboard alone', async ({ page }) => {
  const t = messages.en.DeadlineCalculator
  await page.goto('/en/deadline-calculator')
  await tabTo(page, 'decision-day')
  await page.keyboard.type('10')
  await page.keyboard.press('Tab')
  await page.keyboard.type('6')
  await page.keyboard.press('Tab')
  await page.keyboard.type('2026')
  await page.keyboard.press('Enter')
  const results = page.getByRole('region', { name: t.resultsHeading })
  // 10 August 2026 is in August: the appeal deadline moves to 1 September.
  await expect(results.locator('time[datetime="2026-09-01"]').first()).toBeVisible()
  await expect(results.getByText(/in August/)).toBeVisible()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the form still works out deadlines and reports errors', async ({ page }) => {
    const t = messages.en.DeadlineCalculator
    await page.goto('/en/deadline-calculator')
    await fillDate(page, 'en', t.decisionLegend, '2026-01-05')
    await fillDate(page, 'en', t.councilToldLegend, '2026-01-12')
    await page.getByRole('button', { name: t.submit }).click()
    const results = page.getByRole('region', { name: t.resultsHeading })
    await expect(
      results.getByRole('heading', { name: messages.en.Deadlines.titles.mediation }),
    ).toBeVisible()
    await expect(results.locator('time[datetime="2026-02-11"]')).toBeVisible()
    await page.goto('/en/deadline-calculator?decision-day=5&decision-month=&decision-year=2026')
    await expectErrorSummary(
      page,
      'en',
      t.incomplete.replace('{label}', messages.en.Deadlines.fields.decision),
    )
  })
})
