import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { homeSections } from '@/lib/pages/sections'
import { publishedPagePaths } from '@/lib/redirects/pagePaths'
import { buildRedirectMap, type RedirectRow } from '@/lib/redirects/resolve'

import { payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
// Outside Next.js there is no cache to purge.
const context = { disableRevalidate: true }

type PageInput = { title: string; slug?: string; parent?: number; order?: number }

async function publish(data: PageInput) {
  // No slug is fine: the hook makes one (the generated type says required, as the database does).
  const page = { ...data, _status: 'published' as const } as PageInput & { slug: string }
  return db.payload.create({ collection: 'pages', context, data: page })
}

async function rename(id: number, data: Record<string, unknown>, locale?: 'en' | 'pl' | 'ur') {
  return db.payload.update({
    collection: 'pages',
    id,
    context,
    locale,
    data: { ...data, _status: 'published' },
  })
}

/** Where the public site sends a reader who asks for `from`, chains collapsed. */
async function follow(payload: Payload, from: string) {
  const { docs } = await payload.find({
    collection: 'redirects',
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const map = buildRedirectMap(docs as RedirectRow[], await publishedPagePaths(payload))
  return map.get(from) ?? null
}

/** A refused save's messages: the error's own and each field's (what the admin shows). */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    const { message, data } = error as {
      message: string
      data?: { errors?: { message: string }[] }
    }
    return [message, ...(data?.errors ?? []).map((e) => e.message)].join(' | ')
  }
  throw new Error('the save was not refused')
}

async function breadcrumbUrls(id: number, locale: 'en' | 'pl' | 'ur' = 'en') {
  const page = await db.payload.findByID({ collection: 'pages', id, depth: 0, locale })
  return { path: page.path, urls: (page.breadcrumbs ?? []).map((crumb) => crumb.url) }
}

describe('slugs', () => {
  it('makes the slug from the English title and tidies a typed one', async () => {
    const made = await publish({ title: 'Getting Help: Łatwe kroki' })
    expect(made.slug).toBe('getting-help-latwe-kroki')
    expect(made.path).toBe('getting-help-latwe-kroki')
    const typed = await publish({ title: 'Anything', slug: 'My Own Address' })
    expect(typed.slug).toBe('my-own-address')
  })

  it('refuses a second page at the same address, naming the first', async () => {
    await publish({ title: 'Taken', slug: 'taken' })
    expect(await refusal(publish({ title: 'Again', slug: 'taken' }))).toMatch(
      /Another page, "Taken", already has the address \/taken/,
    )
  })

  it('refuses to put a page under its own sub-page', async () => {
    const top = await publish({ title: 'Loop top', slug: 'loop-top' })
    const below = await publish({ title: 'Loop below', slug: 'loop-below', parent: top.id })
    expect(await refusal(rename(top.id, { parent: below.id }))).toMatch(/under itself/)
  })
})

describe('renaming leaves redirects', () => {
  it('redirects the old path in en, pl and ur to the new one (301)', async () => {
    const page = await publish({ title: 'Old name', slug: 'old-name' })
    await rename(page.id, { slug: 'new-name' })
    for (const locale of ['en', 'pl', 'ur']) {
      expect(await follow(db.payload, `/${locale}/old-name`)).toEqual({
        to: `/${locale}/new-name`,
        permanent: true,
      })
    }
    const { docs } = await db.payload.find({
      collection: 'redirects',
      where: { from: { equals: '/pl/old-name' } },
    })
    expect(docs[0]?.type).toBe('301')
  })

  it('finds the published path when the rename was saved as a draft first', async () => {
    const page = await publish({ title: 'Drafted', slug: 'drafted-old' })
    await db.payload.update({
      collection: 'pages',
      id: page.id,
      context,
      draft: true,
      data: { slug: 'drafted-new' },
    })
    expect(await follow(db.payload, '/en/drafted-old')).toBeNull() // not public yet
    await rename(page.id, {})
    expect(await follow(db.payload, '/en/drafted-old')).toEqual({
      to: '/en/drafted-new',
      permanent: true,
    })
  })

  it('collapses chains (A->B, B->C gives A->C) and never loops when renamed back', async () => {
    const page = await publish({ title: 'Chain', slug: 'chain-a' })
    await rename(page.id, { slug: 'chain-b' })
    await rename(page.id, { slug: 'chain-c' })
    expect(await follow(db.payload, '/en/chain-a')).toEqual({ to: '/en/chain-c', permanent: true })
    expect(await follow(db.payload, '/en/chain-b')).toEqual({ to: '/en/chain-c', permanent: true })
    await rename(page.id, { slug: 'chain-a' })
    expect(await follow(db.payload, '/en/chain-a')).toBeNull() // the page is there again
    expect(await follow(db.payload, '/ur/chain-c')).toEqual({ to: '/ur/chain-a', permanent: true })
  })

  it("moves a parent's children, with their breadcrumbs, in every language", async () => {
    const parent = await publish({ title: 'Section', slug: 'section-old' })
    const child = await publish({ title: 'Child guide', slug: 'child', parent: parent.id })
    const grandchild = await publish({ title: 'Deeper', slug: 'deeper', parent: child.id })
    // Renamed by a translator in the Polish admin: the children still move for everyone.
    await rename(parent.id, { title: 'Sekcja', slug: 'section-new' }, 'pl')
    for (const locale of ['en', 'pl', 'ur'] as const) {
      expect(await breadcrumbUrls(child.id, locale)).toEqual({
        path: 'section-new/child',
        urls: ['/section-new', '/section-new/child'],
      })
    }
    expect((await breadcrumbUrls(grandchild.id)).path).toBe('section-new/child/deeper')
    expect(await follow(db.payload, '/pl/section-old/child/deeper')).toEqual({
      to: '/pl/section-new/child/deeper',
      permanent: true,
    })
    // No English text was written into the child's empty Polish title.
    const polish = await db.payload.findByID({
      collection: 'pages',
      id: child.id,
      locale: 'pl',
      fallbackLocale: false,
      depth: 0,
    })
    expect(polish.title ?? null).toBeNull()
  })

  it('lets editors add redirects but refuses one that loops', async () => {
    await db.payload.create({
      collection: 'redirects',
      context,
      data: { from: '/en/loop-x/', to: { type: 'custom', url: '/en/loop-y' }, type: '301' },
    })
    const refused = await refusal(
      db.payload.create({
        collection: 'redirects',
        context,
        data: { from: '/en/loop-y', to: { type: 'custom', url: '/en/loop-x' }, type: '301' },
      }),
    )
    expect(refused).toMatch(/loop: \/en\/loop-y -> \/en\/loop-x -> \/en\/loop-y/)
    const { docs } = await db.payload.find({
      collection: 'redirects',
      where: { from: { equals: '/en/loop-x' } },
    })
    expect(docs).toHaveLength(1) // the trailing slash was tidied away
  })

  it('keeps redirects away from the public API', async () => {
    await expect(
      db.payload.find({ collection: 'redirects', overrideAccess: false }),
    ).rejects.toThrow()
    await expect(
      db.payload.create({
        collection: 'redirects',
        overrideAccess: false,
        context,
        data: {
          from: '/en/spam',
          to: { type: 'custom', url: 'https://spam.example' },
          type: '301',
        },
      }),
    ).rejects.toThrow()
  })
})

describe('safe deletes', () => {
  it('refuses to delete a page with sub-pages, naming them', async () => {
    const parent = await publish({ title: 'Has children', slug: 'has-children' })
    await publish({ title: 'First child', slug: 'first-child', parent: parent.id })
    await expect(
      db.payload.delete({ collection: 'pages', id: parent.id, context }),
    ).rejects.toThrow(/sub-pages: "First child"/)
    expect((await db.payload.findByID({ collection: 'pages', id: parent.id })).id).toBe(parent.id)
  })

  it('refuses to delete a council that providers serve, naming them', async () => {
    const council = await db.payload.create({
      collection: 'local-authorities',
      context,
      data: { name: 'Testshire', code: 'E99999999', region: 'London' },
    })
    await db.payload.create({
      collection: 'providers',
      context,
      data: {
        name: 'Testshire SENDIASS',
        slug: 'testshire-sendiass',
        kind: 'sendiass',
        description: 'Free advice.',
        areas: [council.id],
        lastVerified: '2026-11-01',
        _status: 'published',
      } as never,
    })
    await expect(
      db.payload.delete({ collection: 'local-authorities', id: council.id, context }),
    ).rejects.toThrow(/providers serve it: "Testshire SENDIASS"/)
  })
})

describe('the home page', () => {
  it('keeps its guides when a top-level page gets Order 0', async () => {
    const { docs } = await db.payload.find({ collection: 'pages', limit: 0, pagination: false })
    for (const doc of docs) {
      // Only this test's pages: the others are top-level too.
      if (doc.parent === null || doc.parent === undefined) {
        await db.payload.update({ collection: 'pages', id: doc.id, context, data: { order: 50 } })
      }
    }
    const home = await publish({ title: 'Guides home', slug: 'guides-home', order: 1 })
    const guide = await publish({ title: 'A guide', slug: 'a-guide', parent: home.id, order: 2 })
    const contact = await publish({ title: 'Contact us', slug: 'contact-us', order: 0 })
    const { docs: pages } = await db.payload.find({
      collection: 'pages',
      sort: 'order',
      depth: 0,
      limit: 0,
      pagination: false,
    })
    const nodes = pages.map((p) => ({
      id: p.id,
      order: p.order,
      path: p.path,
      parentId: (typeof p.parent === 'object' ? p.parent?.id : p.parent) ?? null,
    }))
    const { overview, guides } = homeSections(nodes)
    expect(overview?.id).toBe(home.id)
    expect(guides.map((g) => g.id)).toContain(guide.id)
    expect(guides.map((g) => g.id)).toContain(contact.id)
  })
})
