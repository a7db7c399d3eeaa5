import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * The plugins' migration on a database written before it: the pages keep their paths and
 * their search-engine texts (now the SEO plugin's fields), and get breadcrumbs.
 */
describe('migration to the nested-docs, redirects and SEO plugins', () => {
  let payload: Payload | undefined
  afterAll(async () => payload?.destroy())

  it('keeps SEO texts and paths and backfills breadcrumbs', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'))
    process.env.DATA_DIR = dataDir
    process.env.PAYLOAD_SECRET = 'integration-test-secret'
    delete process.env.DATABASE_URI
    const [{ default: config }, { getPayload }, { migrations }] = await Promise.all([
      import('@payload-config'),
      import('payload'),
      import('@/migrations'),
    ])
    payload = await getPayload({ config, key: dataDir })
    const mine = migrations.findIndex((m) => m.name.endsWith('pages_nested_redirects_seo'))
    expect(mine).toBeGreaterThan(0)
    await payload.db.migrate({ migrations: migrations.slice(0, mine) as never })

    // Two pages as the old schema stored them: a section and a guide under it.
    const run = (query: ReturnType<typeof sql>) =>
      (
        payload!.db as unknown as { drizzle: { run: (q: unknown) => Promise<unknown> } }
      ).drizzle.run(query)
    await run(
      sql`INSERT INTO pages (id, slug, parent_id, path, _status) VALUES (1, 'section', NULL, 'section', 'published'), (2, 'guide', 1, 'section/guide', 'published')`,
    )
    await run(sql`INSERT INTO pages_locales (title, meta_title, meta_description, _locale, _parent_id) VALUES
      ('Section', NULL, NULL, 'en', 1),
      ('Guide', 'Guide for search', 'What the guide says.', 'en', 2),
      ('Przewodnik', 'Przewodnik w wyszukiwarce', 'Co mówi przewodnik.', 'pl', 2)`)
    await run(sql`INSERT INTO _pages_v (id, parent_id, version_slug, version_parent_id, version_path, version__status, latest, version_created_at, version_updated_at) VALUES
      (10, 1, 'section', NULL, 'section', 'published', 1, '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'),
      (20, 2, 'guide', 1, 'section/guide', 'published', 1, '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')`)

    await run(
      sql`INSERT INTO _pages_v_locales (version_title, _locale, _parent_id) VALUES ('Section', 'en', 10), ('Guide', 'en', 20)`,
    )

    await payload.db.migrate({ migrations: migrations as never })

    const guide = await payload.findByID({
      collection: 'pages',
      id: 2,
      depth: 0,
      locale: 'pl',
      fallbackLocale: false,
    })
    expect(guide.path).toBe('section/guide')
    expect(guide.meta).toEqual({
      title: 'Przewodnik w wyszukiwarce',
      description: 'Co mówi przewodnik.',
    })
    expect(guide.breadcrumbs?.map(({ doc, url, label }) => ({ doc, url, label }))).toEqual([
      { doc: 1, url: '/section', label: 'Section' },
      { doc: 2, url: '/section/guide', label: 'Guide' },
    ])
    const english = await payload.findByID({ collection: 'pages', id: 2, depth: 0, locale: 'en' })
    expect(english.meta?.title).toBe('Guide for search')
    const draft = await payload.findByID({ collection: 'pages', id: 2, depth: 0, draft: true })
    expect(draft.breadcrumbs?.map((crumb) => crumb.url)).toEqual(['/section', '/section/guide'])

    // The next rename works from the backfilled breadcrumbs.
    await payload.update({
      collection: 'pages',
      id: 1,
      context: { disableRevalidate: true },
      data: { slug: 'renamed', _status: 'published' },
    })
    const moved = await payload.findByID({ collection: 'pages', id: 2, depth: 0 })
    expect(moved.path).toBe('renamed/guide')
  })
})
