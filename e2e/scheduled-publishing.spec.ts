import { execFileSync } from 'node:child_process'
import path from 'node:path'

import { expect, test, type APIRequestContext } from '@playwright/test'

// The same first account as e2e/admin.spec.ts: whichever spec runs first creates it.
const ADMIN = { email: 'e2e-admin@example.org', password: 'e2e-long-password-123' }
const LOCALES = ['en', 'pl', 'ur'] as const
/** How late a scheduled change may reach readers (the limit). */
const MAX_DELAY_MS = 5000

const word = `kestrel${Math.random()
  .toString(36)
  .replace(/[^a-z]/g, '')
  .slice(0, 6)}`
const TITLES = {
  en: `Short breaks for carers ${word}`,
  pl: `Krótkie przerwy dla opiekunów ${word}`,
  ur: `دیکھ بھال کرنے والوں کے لیے مختصر وقفے ${word}`,
}
const SUMMARIES = {
  en: `How to ask the council for a short break (${word}).`,
  pl: `Jak poprosić samorząd o krótką przerwę (${word}).`,
  ur: `کونسل سے مختصر وقفے کی درخواست کیسے کریں (${word})۔`,
}

async function token(request: APIRequestContext): Promise<{ token: string; userId: string }> {
  const first = await request.post('/api/users/first-register', {
    data: { ...ADMIN, 'confirm-password': ADMIN.password },
  })
  const response = first.ok() ? first : await request.post('/api/users/login', { data: ADMIN })
  expect(response.ok()).toBe(true)
  const body = await response.json()
  return { token: body.token, userId: String(body.user.id) }
}

/** Polls until `check` holds for the path in every locale; returns ms after `at` per locale. */
async function whenEveryLocale(
  request: APIRequestContext,
  path: string,
  status: number,
  at: number,
): Promise<Record<string, number>> {
  const delays: Record<string, number> = {}
  while (Object.keys(delays).length < LOCALES.length) {
    if (Date.now() - at > 30_000) throw new Error(`still not ${status} 30 s after: ${path}`)
    for (const locale of LOCALES) {
      if (locale in delays) continue
      const response = await request.get(`/${locale}/${path}`, { maxRedirects: 0 })
      if (response.status() === status) delays[locale] = Date.now() - at
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return delays
}

const sleepUntil = (time: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())))

test('a scheduled publish and unpublish reach readers within seconds, in every language', async ({
  request,
  page,
}) => {
  test.setTimeout(240_000)
  const { token: jwt, userId } = await token(request)
  const headers = { Authorization: `JWT ${jwt}` }
  const parent = await request.get(
    '/api/pages?where[path][equals]=resolving-a-disagreement&depth=0',
    { headers },
  )
  const parentId = (await parent.json()).docs[0].id
  const slug = `short-breaks-${word}`
  const pagePath = `resolving-a-disagreement/${slug}`

  // A draft in three languages.
  const created = await request.post('/api/pages?locale=en&draft=true', {
    headers,
    data: { title: TITLES.en, summary: SUMMARIES.en, slug, parent: parentId, _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  const id = (await created.json()).doc.id
  for (const locale of ['pl', 'ur'] as const) {
    const saved = await request.patch(`/api/pages/${id}?locale=${locale}&draft=true`, {
      headers,
      data: { title: TITLES[locale], summary: SUMMARIES[locale] },
    })
    expect(saved.ok()).toBe(true)
  }

  // Publish about a minute ahead, unpublish 30 seconds later.
  const publishAt = Math.ceil((Date.now() + 60_000) / 1000) * 1000
  const unpublishAt = publishAt + 30_000
  execFileSync(
    path.resolve('node_modules/.bin/tsx'),
    [
      'e2e/helpers/queueScheduledPublish.ts',
      String(id),
      userId,
      `publish=${new Date(publishAt).toISOString()}`,
      `unpublish=${new Date(unpublishAt).toISOString()}`,
    ],
    {
      env: { ...process.env, NODE_ENV: 'production', DATA_DIR: process.env.DATA_DIR ?? 'data/e2e' },
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 120_000,
    },
  )
  expect(Date.now()).toBeLessThan(publishAt - 10_000)

  // Before its time: not public anywhere (and these 404s are now cached by the server).
  for (const locale of LOCALES) {
    expect((await request.get(`/${locale}/${pagePath}`)).status()).toBe(404)
  }
  await sleepUntil(publishAt - 2000)
  expect((await request.get(`/en/${pagePath}`)).status()).toBe(404)

  const published = await whenEveryLocale(request, pagePath, 200, publishAt)
  console.log(`scheduled publish: live after (ms) ${JSON.stringify(published)}`)
  for (const delay of Object.values(published)) expect(delay).toBeLessThanOrEqual(MAX_DELAY_MS)

  for (const locale of LOCALES) {
    await page.goto(`/${locale}/${pagePath}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES[locale])
    await page.goto(`/${locale}/search?q=${word}`)
    await expect(page.getByRole('link', { name: TITLES[locale] })).toBeVisible()
  }
  const sitemap = await (await request.get('/sitemap.xml')).text()
  for (const locale of LOCALES) expect(sitemap).toContain(`/${locale}/${pagePath}<`)

  await sleepUntil(unpublishAt - 2000)
  expect((await request.get(`/en/${pagePath}`)).status()).toBe(200)
  const unpublished = await whenEveryLocale(request, pagePath, 404, unpublishAt)
  console.log(`scheduled unpublish: gone after (ms) ${JSON.stringify(unpublished)}`)
  for (const delay of Object.values(unpublished)) expect(delay).toBeLessThanOrEqual(MAX_DELAY_MS)

  expect(await (await request.get('/sitemap.xml')).text()).not.toContain(slug)
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/search?q=${word}`)
    await expect(page.getByRole('link', { name: TITLES[locale] })).toHaveCount(0)
  }
})
