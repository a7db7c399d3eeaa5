// The two unique rules the portal relies on, on whichever adapter the run uses (SQLite in
// `npm run test:unit`, MongoDB in `npm run test:mongo`). The CI's MongoDB emulator enforces no
// unique index and has no transactions, so on MongoDB these hold only if the code enforces them.
import { ValidationError, type Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { PEER_ADDRESS_HEADER, PEER_TOKEN_ENV } from '@/lib/clientAddress'

import { payloadForThisFile, testAdapter, type TestAdapter } from '../helpers/payload'

const adapter = testAdapter()

// PENDING: a rule listed here for an adapter is marked `it.fails` there (the run stays green and
// turns red once it starts passing). Both rules are now enforced in code (the page path by a hook
// in collections/Pages, the first admin by collections/Users/endpoints/firstRegisterOnce.ts),
// so nothing is pending; before that, ten concurrent first registrations made ten admins on both
// adapters, and MongoDB took a second page with the same path.
const PENDING: Record<'pathPerLocale' | 'oneFirstAdmin', TestAdapter[]> = {
  pathPerLocale: [],
  oneFirstAdmin: [],
}
const itOrPending = (rule: keyof typeof PENDING) =>
  PENDING[rule].includes(adapter) ? it.fails : it
const db = payloadForThisFile()
const context = { disableRevalidate: true }
process.env[PEER_TOKEN_ENV] = 'unique-rules-token'

type Locale = 'en' | 'pl'
type PageSpec = { slug: string; parent?: string; locale?: Locale }

async function createPage(payload: Payload, spec: PageSpec, parentIds: Map<string, unknown>) {
  return payload.create({
    collection: 'pages',
    locale: spec.locale ?? 'en',
    context,
    data: {
      title: `Page ${spec.slug}`,
      slug: spec.slug,
      parent: spec.parent ? (parentIds.get(spec.parent) as number) : undefined,
      _status: 'published',
    },
  })
}

/** Each case: pages that exist (each with a unique `key`), then a second page and the verdict. */
const PATH_CASES: {
  name: string
  existing: (PageSpec & { key: string })[]
  second: PageSpec
  verdict: 'refused' | 'allowed'
}[] = [
  {
    name: 'a second top-level page with the same slug (English)',
    existing: [{ key: 'a', slug: 'same-path' }],
    second: { slug: 'same-path' },
    verdict: 'refused',
  },
  {
    name: 'a second page with the same slug under the same parent (English)',
    existing: [
      { key: 'parent', slug: 'parent-one' },
      { key: 'child', slug: 'child', parent: 'parent' },
    ],
    second: { slug: 'child', parent: 'parent' },
    verdict: 'refused',
  },
  {
    name: 'a second page with the same path, both created in Polish',
    existing: [{ key: 'a', slug: 'ta-sama', locale: 'pl' }],
    second: { slug: 'ta-sama', locale: 'pl' },
    verdict: 'refused',
  },
  {
    name: 'the same slug under another parent (a different path)',
    existing: [
      { key: 'p1', slug: 'parent-a' },
      { key: 'p2', slug: 'parent-b' },
      { key: 'c1', slug: 'shared-child', parent: 'p1' },
    ],
    second: { slug: 'shared-child', parent: 'p2' },
    verdict: 'allowed',
  },
]

describe(`unique rules on ${adapter}`, () => {
  describe('page path per locale', () => {
    for (const { name, existing, second, verdict } of PATH_CASES) {
      const test = verdict === 'refused' ? itOrPending('pathPerLocale') : it
      test(`${name}: ${verdict}`, async () => {
        // Each case gets its own slugs' namespace so cases never meet each other's pages.
        const suffix = `-${Math.random().toString(36).slice(2, 8)}`
        const ids = new Map<string, unknown>()
        for (const spec of existing) {
          const page = await createPage(db.payload, { ...spec, slug: spec.slug + suffix }, ids)
          ids.set(spec.key, page.id)
        }
        const attempt = createPage(db.payload, { ...second, slug: second.slug + suffix }, ids)
        if (verdict === 'allowed') {
          await expect(attempt).resolves.toMatchObject({ slug: second.slug + suffix })
          return
        }
        const error = await attempt.then(
          () => null,
          (e: unknown) => e,
        )
        expect(error, 'the second page was saved').toBeInstanceOf(ValidationError)
        const { totalDocs } = await db.payload.count({
          collection: 'pages',
          where: { slug: { equals: second.slug + suffix } },
          overrideAccess: true,
        })
        expect(totalDocs).toBe(1)
      })
    }

    itOrPending('pathPerLocale')(
      'refuses moving an existing page onto a path another page has',
      async () => {
        const taken = await createPage(db.payload, { slug: 'taken-by-first' }, new Map())
        const mover = await createPage(db.payload, { slug: 'moves-later' }, new Map())
        const error = await db.payload
          .update({ collection: 'pages', id: mover.id, context, data: { slug: taken.slug } })
          .then(
            () => null,
            (e: unknown) => e,
          )
        expect(error, 'the page was moved onto a taken path').toBeInstanceOf(ValidationError)
        const stayed = await db.payload.findByID({ collection: 'pages', id: mover.id, depth: 0 })
        expect(stayed.path).toBe('moves-later')
      },
    )
  })

  describe('one first admin', () => {
    itOrPending('oneFirstAdmin')(
      'ten concurrent first-register calls give one admin and refuse the rest',
      async () => {
        const [{ default: config }, routes] = await Promise.all([
          import('@payload-config'),
          import('@payloadcms/next/routes'),
        ])
        const register = (i: number) =>
          routes.REST_POST(config)(
            new Request('http://localhost/api/users/first-register', {
              method: 'POST',
              headers: {
                'Content-Type': 'application/json',
                [PEER_ADDRESS_HEADER]: `unique-rules-token 192.0.2.${i + 1}`,
              },
              body: JSON.stringify({
                email: `first-${i}@example.org`,
                password: 'plum-kettle-orbit-lantern',
                'confirm-password': 'plum-kettle-orbit-lantern',
              }),
            }),
            { params: Promise.resolve({ slug: ['users', 'first-register'] }) },
          )
        const statuses = (await Promise.all(Array.from({ length: 10 }, (_, i) => register(i)))).map(
          (response) => response.status,
        )
        const users = await db.payload.find({ collection: 'users', depth: 0, overrideAccess: true })
        expect(users.docs.map((u) => u.role)).toEqual(['admin'])
        expect(statuses.filter((s) => s === 200)).toHaveLength(1)
        expect(statuses.filter((s) => s >= 400 && s < 500)).toHaveLength(9)
      },
    )
  })
})
