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

test('bank holidays never run out: 2031 works, a mistyped year is refused clearly', async ({
  page,
}) => {
  await page.goto('/en/deadline-calculator?decision=2031-02-11')
  const results = page.getByRole('region', { name: messages.en.DeadlineCalculator.resultsHeading })
  // 11 April 2031 is Good Friday (computed): the appeal moves to Tuesday 15 April.
  await expect(results.locator('time[datetime="2031-04-15"]')).toBeVisible()
  await page.goto('/en/deadline-calculator?decision=2206-03-02')
  await expect(page.locator('.govuk-error-summary')).toContainText('must be between')
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

// Issue 8 section 1 and issue 10 item 8, as a family without JavaScript would meet them.
test.describe('without JavaScript: the safe date, in every language', () => {
  test.use({ javaScriptEnabled: false })

  for (const { code } of LOCALES) {
    const t = messages[code].DeadlineCalculator
    const d = messages[code].Deadlines
    const f = messages[code].Forms

    test(`${code}: headlines the safe date and shows the later reading beneath it`, async ({
      page,
    }) => {
      await page.goto(`/${code}/deadline-calculator`)
      // Late is not the end: the calculator says so before any date is entered.
      await expect(page.getByText(d.lateAppeal)).toBeVisible()
      // 31 May 2027 + 2 months = Saturday 31 July 2027 (facts, section 8).
      await fillDate(page, code, t.decisionLegend, '2027-05-31')
      await page.getByRole('button', { name: t.submit }).click()
      const results = page.getByRole('region', { name: t.resultsHeading })
      const appeal = results
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: d.titles.appeal }) })
      const headline = appeal.locator('p.govuk-body-l')
      await expect(headline.locator('time')).toHaveAttribute('datetime', '2027-07-30')
      await expect(headline).toContainText(t.by5pm.replace('<date></date>', '').trim())
      const later = appeal.locator('.app-later-reading')
      await expect(later.getByRole('heading', { name: t.mayBeLater })).toBeVisible()
      await expect(later.locator('time')).toHaveAttribute('datetime', '2027-08-02')
      await expect(later).toContainText('SENDIASS')
      await expect(appeal.getByText(d.lateAppeal)).toBeVisible()
      // The adviser contact is never rolled forward: Friday 30 July too, with no later reading.
      const adviser = results
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: d.titles.contactAdviser }) })
      await expect(adviser.locator('time')).toHaveAttribute('datetime', '2027-07-30')
      await expect(adviser.locator('.app-later-reading')).toHaveCount(0)
      const href = await results.getByRole('link', { name: t.addToCalendar }).getAttribute('href')
      const ics = await (await page.request.get(href!)).text()
      expect(ics).toContain('DTSTART;VALUE=DATE:20270730')
      expect(ics).not.toContain('DTSTART;VALUE=DATE:20270901')
      expect(ics).toContain('BEGIN:VALARM')
    })

    test(`${code}: marks and links only the wrong part of a date`, async ({ page }) => {
      await page.goto(`/${code}/deadline-calculator`)
      const group = page.getByRole('group', { name: t.decisionLegend })
      await group.getByLabel(f.day, { exact: true }).fill('15')
      await group.getByLabel(f.month, { exact: true }).fill('13')
      await group.getByLabel(f.year, { exact: true }).fill('2026')
      await page.getByRole('button', { name: t.submit }).click()
      const message = t.invalid.replace('{label}', d.fields.decision)
      const link = page.locator('.govuk-error-summary').getByRole('link', { name: message })
      await expect(link).toHaveAttribute('href', '#decision-month')
      await expect(group.getByLabel(f.month, { exact: true })).toHaveClass(/govuk-input--error/)
      await expect(group.getByLabel(f.day, { exact: true })).not.toHaveClass(/govuk-input--error/)
      await expect(group.getByLabel(f.year, { exact: true })).not.toHaveClass(/govuk-input--error/)
    })
  }

  test('en: an appeal about section I only gets 2 months, with no certificate extension', async ({
    page,
  }) => {
    const t = messages.en.DeadlineCalculator
    const d = messages.en.Deadlines
    await page.goto('/en/deadline-calculator')
    await fillDate(page, 'en', t.decisionLegend, '2026-01-13')
    await page.getByLabel(t.appealAbout['placement-only'].label).check()
    await fillDate(page, 'en', t.certificateLegend, '2026-03-10')
    await page.getByRole('button', { name: t.submit }).click()
    await expect(page).toHaveURL(/appealAbout=placement-only/)
    const results = page.getByRole('region', { name: t.resultsHeading })
    await expect(results.locator('time[datetime="2026-03-13"]')).toBeVisible()
    await expect(results.locator('time[datetime="2026-04-10"]')).toHaveCount(0)
    await expect(results.getByText(d.rules['appeal-placement-only-plus-2-months'])).toBeVisible()
    await expect(results.getByRole('heading', { name: d.titles.contactAdviser })).toHaveCount(0)
  })
})

// axe runs inside the page, so it needs JavaScript; these pages are rendered on the server, so
// the same addresses the tests above reach without JavaScript carry the same markup.
const NO_JS_PAGES = [
  ['the safe date with "may be later"', 'decision-day=31&decision-month=5&decision-year=2027'],
  ['only the month marked', 'decision-day=15&decision-month=13&decision-year=2026'],
  ['section I only', 'decision=2026-01-13&certificate=2026-03-10&appealAbout=placement-only'],
]
for (const { code } of LOCALES) {
  for (const [what, query] of NO_JS_PAGES) {
    test(`${code}: no axe violations on ${what}`, async ({ page }) => {
      await page.goto(`/${code}/deadline-calculator?${query}`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectNoAxeViolations(page)
    })
  }
}
