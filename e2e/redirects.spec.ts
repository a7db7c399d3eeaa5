import { expect, test } from '@playwright/test'

import { messages } from './helpers/locales'
import { signIn } from './helpers/staff'

test('renaming a section in the admin redirects its children’s old addresses in every language', async ({
  page,
  browser,
}) => {
  await signIn(page)
  const headers = { Origin: new URL(page.url()).origin }
  const guides = await page.request.get(
    '/api/pages?where[path][equals]=resolving-a-disagreement&depth=0',
    { headers },
  )
  const guidesId = (await guides.json()).docs[0].id
  const stamp = Date.now()
  const create = async (data: object) => {
    const response = await page.request.post('/api/pages?locale=en', {
      headers,
      data: { ...data, _status: 'published' },
    })
    expect(response.status()).toBe(201)
    return (await response.json()).doc as { id: number; path: string }
  }
  const section = await create({
    title: 'Moving section',
    slug: `moving-${stamp}`,
    parent: guidesId,
  })
  const child = await create({ title: 'Page that moves along', slug: 'along', parent: section.id })
  const oldPath = `resolving-a-disagreement/moving-${stamp}/along`
  expect(child.path).toBe(oldPath)

  const reader = await (await browser.newContext()).newPage()
  expect((await reader.goto(`/ur/${oldPath}`))?.status()).toBe(200)

  // The editor renames the section's slug in the admin and publishes.
  await page.goto(`/admin/collections/pages/${section.id}`)
  // The admin form may still be hydrating: type again until it registers the change (the
  // publish button stays disabled while the form has none).
  const slug = page.locator('#field-slug')
  await expect(async () => {
    await slug.fill('')
    await slug.fill(`moved-${stamp}`)
    await expect(page.locator('#action-save')).toBeEnabled({ timeout: 2000 })
  }).toPass({ timeout: 30_000 })
  await page.locator('#action-save').click()
  await expect(page.getByText(/published|updated successfully/i).first()).toBeVisible()

  const newPath = `resolving-a-disagreement/moved-${stamp}/along`
  for (const locale of ['en', 'pl', 'ur']) {
    await expect(async () => {
      const answer = await reader.request.get(`/${locale}/${oldPath}`, { maxRedirects: 0 })
      // proxy.ts answers an old address with a real 301 before any page renders.
      expect(answer.status()).toBe(301)
      expect(new URL(answer.headers().location, 'http://x').pathname).toBe(`/${locale}/${newPath}`)
    }).toPass({ timeout: 10_000 })
  }

  // A reader following an old link lands on the page, with breadcrumbs to the renamed section.
  await reader.goto(`/pl/${oldPath}`)
  await expect(reader).toHaveURL(new RegExp(`/pl/${newPath}$`))
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Page that moves along')
  const crumb = reader
    .getByRole('navigation', { name: messages.pl.Breadcrumbs.label })
    .getByRole('link', { name: 'Moving section' })
  await expect(crumb).toHaveAttribute('href', `/pl/resolving-a-disagreement/moved-${stamp}`)
})
