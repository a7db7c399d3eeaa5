import { expect, test } from '@playwright/test'

import { COMPILE_HINT } from '../scripts/compile-hints.mjs'

// The build marks the public site's scripts for V8 to compile whole, off the main thread, as they
// download (scripts/compile-hints.mjs; issue 12). A script without it is compiled function by
// function on the main thread while the page starts, which was most of a phone's blocking time.
for (const path of [
  '/en',
  '/pl/resolving-a-disagreement/mediation', // with the call-back form, whose code loads on demand
  '/ur/deadline-calculator',
  '/en/no-such-page',
]) {
  test(`every script ${path} runs starts with V8's compile hint`, async ({ page }) => {
    const scripts = new Map<string, Promise<string>>()
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.set(new URL(response.url()).pathname, response.text())
      }
    })
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    expect(scripts.size).toBeGreaterThan(3)
    for (const [src, body] of scripts) {
      expect((await body).startsWith(`${COMPILE_HINT}\n`), src).toBe(true)
    }
  })
}
