import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { LOCALES, messages } from './helpers/locales'
import { fillDate } from './helpers/tools'

// Issue 14: "a timeline view: where the family is now, what comes next and by when".
test.describe('without JavaScript: the EHC timeline', () => {
  test.use({ javaScriptEnabled: false })

  for (const { code, dir } of LOCALES) {
    const t = messages[code].EhcTimeline
    const e = messages[code].EhcDeadlines

    test(`${code}: a request for an assessment gives the 6, 16 and 20 week dates`, async ({
      page,
    }) => {
      await page.goto(`/${code}/deadline-calculator/timeline`)
      await expect(page.locator('html')).toHaveAttribute('dir', dir)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title)
      await page.getByLabel(t.stages.request.label, { exact: true }).check()
      await fillDate(page, code, t.dateLegend, '2026-03-02')
      await page.getByRole('button', { name: t.submit }).click()
      await expect(page).toHaveURL(/stage=request&date-day=2&date-month=3&date-year=2026/)
      const next = page.getByRole('region', { name: t.nextHeading })
      for (const [title, date] of [
        [e.titles.assessmentDecision, '2026-04-13'],
        [e.titles.noPlanDecision, '2026-06-22'],
        [e.titles.finalPlan, '2026-07-20'],
      ]) {
        const step = next
          .getByRole('listitem')
          .filter({ has: page.getByRole('heading', { name: title }) })
        await expect(step.locator(`time[datetime="${date}"]`)).toBeVisible()
        await expect(step.getByText('reg ', { exact: false }).first()).toBeVisible()
        await expect(step.getByRole('link', { name: t.lateLink })).toHaveAttribute(
          'href',
          `/${code}/route-finder/age?about=council-missed-time-limit`,
        )
      }
      // What may come next, and the same dates as a calendar file and as data.
      await expect(page.getByRole('link', { name: t.stages.draftPlan.label })).toBeVisible()
      const ics = await page.getByRole('link', { name: t.ics }).getAttribute('href')
      const file = await page.request.get(ics!)
      expect(file.headers()['content-type']).toContain('text/calendar')
      expect(await file.text()).toContain('DTSTART;VALUE=DATE:20260720')
      const json = await page.getByRole('link', { name: t.json }).getAttribute('href')
      const data = await (await page.request.get(json!)).json()
      expect(data.deadlines.finalPlan.date).toBe('2026-07-20')
    })

    test(`${code}: a draft plan dated on a Saturday gives the Friday two weeks on`, async ({
      page,
    }) => {
      await page.goto(`/${code}/deadline-calculator/timeline?stage=draftPlan&date=2026-03-07`)
      const step = page.getByRole('region', { name: t.nextHeading }).getByRole('listitem')
      await expect(step.getByRole('heading', { name: e.titles.draftComments })).toBeVisible()
      await expect(step.locator('time[datetime="2026-03-20"]')).toBeVisible()
      await expect(step.getByText(e.rules['draft-comments-draft-plus-15-days'])).toBeVisible()
    })

    test(`${code}: says what is wrong in the reader's language`, async ({ page }) => {
      await page.goto(`/${code}/deadline-calculator/timeline`)
      await fillDate(page, code, t.dateLegend, '2026-02-28')
      const group = page.getByRole('group', { name: t.dateLegend })
      await group.getByLabel(messages[code].Forms.day, { exact: true }).fill('30')
      await page.getByRole('button', { name: t.submit }).click()
      const summary = page.locator('.govuk-error-summary')
      await expect(summary.getByRole('link', { name: t.stageRequired })).toBeVisible()
      const invalid = messages[code].DeadlineCalculator.invalid.replace('{label}', t.dateLabel)
      await expect(summary.getByRole('link', { name: invalid })).toBeVisible()
      await expect(page).toHaveTitle(new RegExp(`^${messages[code].Forms.error}:`))
    })
  }
})

// axe runs inside the page, so it needs JavaScript; the markup is the same without it.
for (const { code } of LOCALES) {
  test(`${code}: the timeline form, its results and its errors pass axe`, async ({ page }) => {
    await page.goto(`/${code}/deadline-calculator/timeline`)
    await expectNoAxeViolations(page)
    await page.goto(`/${code}/deadline-calculator/timeline?stage=reviewMeeting&date=2026-03-02`)
    await expect(
      page.getByRole('heading', { name: messages[code].EhcDeadlines.titles.amendedPlan }),
    ).toBeVisible()
    await expectNoAxeViolations(page)
    await page.goto(`/${code}/deadline-calculator/timeline?stage=discrimination&date=2026-03-01`)
    await expect(page.locator('.app-later-reading time[datetime="2026-09-01"]')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.goto(`/${code}/deadline-calculator/timeline?stage=decision&date-day=31`)
    await expect(page.locator('.govuk-error-summary')).toBeVisible()
    await expectNoAxeViolations(page)
  })
}

// Issue 14's guides, seeded in every language: the translated title, no fallback notice, axe.
const GUIDE_TITLES: Record<'en' | 'pl' | 'ur', Record<string, string>> = {
  en: {
    'young-people': 'For young people (16 to 25)',
    'what-happens-at-mediation': 'What happens at mediation',
    'what-happens-at-a-tribunal-hearing': 'What happens at a Tribunal hearing',
  },
  pl: {
    'young-people': 'Dla młodych osób (16–25 lat)',
    'what-happens-at-mediation': 'Jak wygląda mediacja',
    'what-happens-at-a-tribunal-hearing': 'Jak wygląda rozprawa przed Trybunałem',
  },
  ur: {
    'young-people': 'نوجوانوں کے لیے (16 سے 25 سال)',
    'what-happens-at-mediation': 'ثالثی میں کیا ہوتا ہے',
    'what-happens-at-a-tribunal-hearing': 'ٹربیونل کی سماعت میں کیا ہوتا ہے',
  },
}

for (const { code } of LOCALES) {
  test(`${code}: the new guides are published, translated and pass axe`, async ({ page }) => {
    for (const [slug, title] of Object.entries(GUIDE_TITLES[code])) {
      const response = await page.goto(`/${code}/resolving-a-disagreement/${slug}`)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
      await expect(page.getByText(messages[code].Page.fallbackNotice)).toHaveCount(0)
      await expect(page.getByText(/Legal basis|Podstawa prawna|قانونی بنیاد/).first()).toBeVisible()
      await expectNoAxeViolations(page)
    }
  })
}
