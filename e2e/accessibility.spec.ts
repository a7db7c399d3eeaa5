import { test } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { LOCALES } from './helpers/locales'

// One page of every template: home, a guide with a table, a long guide with a contents list,
// a guide shown in English under another language, and the 404 page.
const TEMPLATES = [
  '',
  'resolving-a-disagreement',
  'resolving-a-disagreement/disagreement-resolution',
  'resolving-a-disagreement/send-tribunal-appeals',
  'resolving-a-disagreement/what-to-do-if',
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
