import { expect, test, type Page } from '@playwright/test'
import sharp from 'sharp'

import { expectNoAxeViolations } from './helpers/axe'
import { messages } from './helpers/locales'
import { adminApi, pageIdByPath, signIn } from './helpers/staff'

test.describe.configure({ mode: 'serial' })

/** The admin's main button, in the language on screen: "Publish in Polish". */
async function publishInAdmin(page: Page, language: string) {
  const publish = page.locator('#action-save')
  await expect(publish).toHaveText(`Publish in ${language}`)
  await publish.click()
  await expect(page.getByText(/published|updated successfully/i).first()).toBeVisible()
}

test('a translator publishes Polish only; the English draft stays private', async ({
  page,
  browser,
}) => {
  await signIn(page)
  const path = 'resolving-a-disagreement/disagreement-resolution'
  const id = await pageIdByPath(page, path)
  const englishDraft = `English draft not ready ${Date.now()}`
  const saved = await adminApi(page).patch(`/api/pages/${id}?draft=true&locale=en`, {
    title: englishDraft,
  })
  expect(saved.ok()).toBe(true)

  const polishTitle = `Rozwiązywanie sporów ${Date.now()}`
  await page.goto(`/admin/collections/pages/${id}?locale=pl`)
  await page.locator('#field-title').fill(polishTitle)
  await publishInAdmin(page, 'Polish')

  const reader = await (await browser.newContext()).newPage()
  await expect(async () => {
    await reader.goto(`/pl/${path}`)
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(polishTitle, {
      timeout: 1000,
    })
  }).toPass({ timeout: 10_000 })
  await reader.goto(`/en/${path}`)
  await expect(reader.getByRole('heading', { level: 1 })).not.toHaveText(englishDraft)
})

test('publishing in Polish never fills empty Polish fields with English', async ({
  page,
  browser,
}) => {
  await signIn(page)
  const parent = await pageIdByPath(page, 'resolving-a-disagreement')
  const slug = `fallback-check-${Date.now()}`
  const created = await adminApi(page).post('/api/pages?locale=en', {
    title: 'Getting ready for a meeting',
    summary: 'What to bring and what to ask.',
    slug,
    parent,
    _status: 'published',
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()

  await page.goto(`/admin/collections/pages/${doc.id}?locale=pl`)
  await page.locator('#field-title').fill('Przygotowanie do spotkania')
  await publishInAdmin(page, 'Polish')
  // The form after publishing, changed and published again: what was on screen is saved.
  await page.locator('#field-title').fill('Przygotowanie do spotkania z mediatorem')
  await publishInAdmin(page, 'Polish')

  const stored = await (
    await adminApi(page).get(
      `/api/pages/${doc.id}?locale=pl&fallback-locale=none&draft=true&depth=0`,
    )
  ).json()
  expect(stored.title).toBe('Przygotowanie do spotkania z mediatorem')
  expect(stored.summary ?? null).toBeNull()

  const reader = await (await browser.newContext()).newPage()
  await expect(async () => {
    await reader.goto(`/pl/resolving-a-disagreement/${slug}`)
    await expect(reader.getByText(messages.pl.Page.fallbackNotice)).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 10_000 })
  await expect(reader.getByText('What to bring and what to ask.')).toBeVisible()
})

test('internal links follow the linked page, and images keep their alt text', async ({
  page,
  browser,
}) => {
  await signIn(page)
  const png = await sharp({
    create: { width: 1200, height: 600, channels: 3, background: '#1d70b8' },
  })
    .png()
    .toBuffer()
  const uploaded = await adminApi(page).upload('/api/media?locale=en', {
    file: { name: `meeting-${Date.now()}.png`, mimeType: 'image/png', buffer: png },
    _payload: JSON.stringify({ alt: 'A parent and a mediator at a table' }),
  })
  expect(uploaded.status()).toBe(201)
  const media = (await uploaded.json()).doc
  const mediation = await pageIdByPath(page, 'resolving-a-disagreement/mediation')
  const slug = `rich-text-${Date.now()}`
  const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0 })
  const created = await adminApi(page).post('/api/pages?locale=en', {
    title: 'What a mediation meeting looks like',
    slug,
    _status: 'published',
    body: {
      root: {
        type: 'root',
        version: 1,
        children: [
          {
            type: 'paragraph',
            version: 1,
            children: [
              text('Read '),
              {
                type: 'link',
                version: 3,
                fields: { linkType: 'internal', doc: { relationTo: 'pages', value: mediation } },
                children: [text('how mediation works')],
              },
              text('.'),
            ],
          },
          { type: 'upload', version: 3, relationTo: 'media', value: media.id, fields: null },
        ],
      },
    },
  })
  expect(created.status()).toBe(201)

  const reader = await (await browser.newContext()).newPage()
  for (const code of ['en', 'ur'] as const) {
    await reader.goto(`/${code}/${slug}`)
    await expect(reader.getByRole('link', { name: 'how mediation works' })).toHaveAttribute(
      'href',
      `/${code}/resolving-a-disagreement/mediation`,
    )
    const image = reader.getByRole('img', { name: 'A parent and a mediator at a table' })
    await expect(image).toBeVisible()
    await expect(image).toHaveAttribute('srcset', /640w/)
  }
  await expectNoAxeViolations(reader)
})
