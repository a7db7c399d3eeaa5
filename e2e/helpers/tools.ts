import { expect, type Page } from '@playwright/test'

import { messages } from './locales'

type Code = keyof typeof messages

/** Fills a GOV.UK date input found by its legend, typing like a person would. */
export async function fillDate(page: Page, code: Code, legend: string, date: string) {
  const [year, month, day] = date.split('-')
  const group = page.getByRole('group', { name: legend })
  const f = messages[code].Forms
  await group.getByLabel(f.day, { exact: true }).fill(String(Number(day)))
  await group.getByLabel(f.month, { exact: true }).fill(String(Number(month)))
  await group.getByLabel(f.year, { exact: true }).fill(year)
}

/** Presses Tab until the element with this id has focus (keyboard-only journeys). */
export async function tabTo(page: Page, id: string, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((target) => document.activeElement?.id === target, id)) return
  }
  throw new Error(`Could not reach #${id} with the Tab key`)
}

/** The GOV.UK error summary (not Next's route announcer, which is also role="alert"). */
export async function expectErrorSummary(page: Page, code: Code, message: string) {
  const summary = page.locator('.govuk-error-summary')
  await expect(
    summary.getByRole('heading', { name: messages[code].Forms.errorSummaryTitle }),
  ).toBeVisible()
  await expect(summary.getByRole('link', { name: message })).toBeVisible()
  // It takes focus so screen reader users hear the problem first.
  await expect(summary).toBeFocused()
}

/** The page's JSON-LD block of one schema.org type (a page can carry several). */
export async function jsonLdOfType(page: Page, type: string) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  return blocks.map((text) => JSON.parse(text)).find((data) => data['@type'] === type)
}
