import type { PayloadRequest } from 'payload'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { authenticatedOrLive } from './authenticatedOrLive'
import { authenticatedOrPublished } from './authenticatedOrPublished'

// Lets a test overrule canWriteContent, to show the read rules follow that one helper.
const rule = vi.hoisted(() => ({ override: null as boolean | null }))
vi.mock('./publishing', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./publishing')>()
  return {
    ...actual,
    canWriteContent: (args: { req: PayloadRequest }) =>
      rule.override ?? actual.canWriteContent(args),
  }
})

afterEach(() => {
  rule.override = null
})

const requestOf = (role: string | null) =>
  ({ user: role ? { id: 1, role, collection: 'users' } : null }) as unknown as PayloadRequest

const HELPERS = { authenticatedOrPublished, authenticatedOrLive }

describe.each(Object.entries(HELPERS))('%s', (_name, access) => {
  it.each<[string | null, boolean]>([
    ['admin', true],
    ['publisher', true],
    ['author', true],
    ['editor', true], // the legacy role, read as publisher
    ['caseworker', false],
    ['unknown-role', false],
    [null, false],
  ])('%s sees drafts: %s', async (role, all) => {
    const result = await access({ req: requestOf(role) } as never)
    if (all) expect(result).toBe(true)
    else expect(JSON.stringify(result)).toContain('"_status":{"equals":"published"}')
  })

  it('asks canWriteContent (access/publishing.ts) who sees drafts', async () => {
    rule.override = true
    expect(await access({ req: requestOf(null) } as never)).toBe(true)
    rule.override = false
    expect(await access({ req: requestOf('admin') } as never)).not.toBe(true)
  })
})
