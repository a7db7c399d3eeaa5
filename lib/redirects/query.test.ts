import { describe, expect, it, vi } from 'vitest'

// No Next.js cache outside a request: call the loader directly.
vi.mock('next/cache', () => ({ unstable_cache: (load: () => unknown) => load }))
vi.mock('@/lib/payload', () => ({
  getPayloadClient: async () => ({
    find: async ({ collection }: { collection: string }) =>
      collection === 'redirects'
        ? {
            docs: [
              {
                from: '/pl/resolving-a-disagreement/mediation',
                to: { type: 'reference', reference: { relationTo: 'pages', value: 5 } },
                type: '301',
              },
              {
                from: '/en/old-guides',
                to: { type: 'custom', url: '/en/resolving-a-disagreement' },
                type: '302',
              },
            ],
          }
        : { docs: [{ id: 5, path: 'resolving-a-disagreement/mediation-2027' }] },
  }),
}))

const { currentHref, findRedirect } = await import('./query')

describe('currentHref (route finder links)', () => {
  it.each([
    ['pl', '/resolving-a-disagreement/mediation', '/resolving-a-disagreement/mediation-2027'],
    [
      'pl',
      '/resolving-a-disagreement/mediation#certificate',
      '/resolving-a-disagreement/mediation-2027#certificate',
    ],
    ['en', '/resolving-a-disagreement/mediation', '/resolving-a-disagreement/mediation'],
    ['pl', '/providers', '/providers'],
    ['en', '/old-guides', '/resolving-a-disagreement'],
    ['ur', 'https://www.gov.uk/send-tribunal', 'https://www.gov.uk/send-tribunal'],
  ])('%s %s -> %s', async (locale, href, expected) => {
    expect(await currentHref(locale, href)).toBe(expected)
  })
})

describe('findRedirect', () => {
  it.each([
    [
      '/pl/resolving-a-disagreement/mediation/',
      { to: '/pl/resolving-a-disagreement/mediation-2027', permanent: true },
    ],
    ['/en/old-guides', { to: '/en/resolving-a-disagreement', permanent: false }],
    ['/en/never-existed', null],
    ['//evil.example', null],
  ])('%s', async (path, expected) => {
    expect(await findRedirect(path)).toEqual(expected)
  })
})
