import { APIError, type PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { draftsOnlyForAuthors } from '@/hooks/draftsOnlyForAuthors'

import {
  AUTHOR_LIVE_WRITE_REFUSAL,
  AUTHOR_PUBLISH_REFUSAL,
  NOT_PUBLISHED,
  SECOND_PERSON_REFUSAL,
  authorWriteRefusal,
  canDeleteContent,
  canPublish,
  canSaveDraftOrPublish,
  canUpdatePage,
  canWriteContent,
  secondPersonRefusal,
} from './publishing'
import { roleOf } from './roles'

type Who = 'admin' | 'publisher' | 'author' | 'caseworker' | 'editor (legacy)' | 'nobody'
const EVERYONE: Who[] = ['admin', 'publisher', 'author', 'caseworker', 'editor (legacy)', 'nobody']

function requestOf(who: Who, id = 7) {
  if (who === 'nobody') return { user: null } as unknown as PayloadRequest
  const role = who === 'editor (legacy)' ? 'editor' : who
  return { user: { id, role, collection: 'users' } } as unknown as PayloadRequest
}

type Operation = 'create' | 'update' | 'restoreVersion' | 'delete'
type Write = { operation: Operation; draft?: boolean; status?: 'draft' | 'published' }

/** What each action sends to Payload (REST, the admin, or the scheduled-publish job). */
const ACTIONS = {
  'create a draft': { operation: 'create', draft: true },
  'create published': { operation: 'create', status: 'published' },
  'save a draft (Save draft, autosave)': { operation: 'update', draft: true, status: 'draft' },
  'publish (Publish, or PATCH _status published)': { operation: 'update', status: 'published' },
  'publish with ?draft=true': { operation: 'update', draft: true, status: 'published' },
  'unpublish (PATCH _status draft, no draft flag)': { operation: 'update', status: 'draft' },
  'change the live document (PATCH, no draft flag)': { operation: 'update' },
  'run a scheduled publish (as its scheduler)': { operation: 'update', status: 'published' },
  'restore a version as a draft': { operation: 'restoreVersion', draft: true },
  'restore a version over the live one': { operation: 'restoreVersion', status: 'published' },
  delete: { operation: 'delete' },
} satisfies Record<string, Write>
type Action = keyof typeof ACTIONS

/**
 * Whether Payload lets the write through for content with drafts, in Payload's order: the
 * collection's beforeOperation hook (draftsOnlyForAuthors), then access (`create`, `update` with
 * the data, or `delete` as a Where on the stored document's status).
 */
async function allowed(who: Who, action: Action, stored: 'draft' | 'published') {
  const req = requestOf(who)
  // The hook counts published documents among those an author deletes.
  req.payload = { count: async () => ({ totalDocs: stored === 'published' ? 1 : 0 }) } as never
  const write: Write = ACTIONS[action]
  const data = write.status ? { _status: write.status } : {}
  try {
    await draftsOnlyForAuthors({
      args: { req, data, draft: write.draft, id: 1 } as never,
      collection: { slug: 'pages' } as never,
      context: {},
      operation: write.operation,
      overrideAccess: false,
      req,
    })
  } catch (error) {
    expect(error).toBeInstanceOf(APIError)
    expect((error as APIError).status).toBe(403)
    return false
  }
  if (write.operation === 'delete') {
    const access = await canDeleteContent({ req })
    if (access === true || access === false) return access
    expect(access).toEqual(NOT_PUBLISHED)
    return stored !== 'published'
  }
  const access = write.operation === 'create' ? canWriteContent : canSaveDraftOrPublish
  return (await access({ req, data })) === true
}

const writers: Who[] = ['admin', 'publisher', 'author', 'editor (legacy)']
const publishers: Who[] = ['admin', 'publisher', 'editor (legacy)']

// [action, status of the stored document, who may]
const TABLE: [Action, 'draft' | 'published', Who[]][] = [
  ['create a draft', 'draft', writers],
  ['create published', 'draft', publishers],
  ['save a draft (Save draft, autosave)', 'draft', writers],
  ['save a draft (Save draft, autosave)', 'published', writers],
  ['publish (Publish, or PATCH _status published)', 'draft', publishers],
  ['publish (Publish, or PATCH _status published)', 'published', publishers],
  ['publish with ?draft=true', 'draft', publishers],
  ['unpublish (PATCH _status draft, no draft flag)', 'published', publishers],
  ['change the live document (PATCH, no draft flag)', 'published', publishers],
  ['run a scheduled publish (as its scheduler)', 'draft', publishers],
  ['restore a version as a draft', 'published', writers],
  ['restore a version over the live one', 'published', publishers],
  ['delete', 'draft', writers],
  ['delete', 'published', publishers],
]

describe('who may do what to content with drafts (pages, providers, banners, you said we did)', () => {
  const cases = TABLE.flatMap(([action, stored, may]) =>
    EVERYONE.map((who) => [who, action, stored, may.includes(who)] as const),
  )
  it.each(cases)('%s: %s (stored %s) -> %s', async (who, action, stored, expected) => {
    expect(await allowed(who, action, stored)).toBe(expected)
  })

  it('leaves trusted server code (overrideAccess) alone, even with an author on the request', async () => {
    const req = requestOf('author')
    const args = { req, data: { _status: 'published' } }
    const result = await draftsOnlyForAuthors({
      args: args as never,
      collection: {} as never,
      context: {},
      operation: 'update',
      overrideAccess: true,
      req,
    })
    expect(result).toBe(args)
  })
})

describe('content that is live on every save (no drafts) and writing at all', () => {
  it.each<[Who, boolean, boolean]>([
    ['admin', true, true],
    ['publisher', true, true],
    ['editor (legacy)', true, true],
    ['author', true, false],
    ['caseworker', false, false],
    ['nobody', false, false],
  ])('%s: writes content %s, changes live content %s', async (who, writes, publishes) => {
    const req = requestOf(who)
    expect(await canWriteContent({ req })).toBe(writes)
    expect(await canPublish({ req })).toBe(publishes)
  })
})

describe('authorWriteRefusal: an author writes drafts only', () => {
  it.each<[string, { draft?: unknown; status?: unknown }, string | null]>([
    ['a draft save', { draft: true, status: 'draft' }, null],
    ['a draft save without a status', { draft: true }, null],
    ['a publish', { status: 'published' }, AUTHOR_PUBLISH_REFUSAL],
    ['a publish flagged as a draft', { draft: true, status: 'published' }, AUTHOR_PUBLISH_REFUSAL],
    ['an unpublish', { status: 'draft' }, AUTHOR_LIVE_WRITE_REFUSAL],
    ['a write with no flags', {}, AUTHOR_LIVE_WRITE_REFUSAL],
    ['draft as the string "true"', { draft: 'true' }, AUTHOR_LIVE_WRITE_REFUSAL],
  ])('%s', (_case, write, expected) => {
    expect(authorWriteRefusal(write)).toBe(expected)
  })
})

describe('secondPersonRefusal: a guide that needs a second person', () => {
  it.each<[string, Parameters<typeof secondPersonRefusal>[0], string | null]>([
    [
      'not needed',
      { needsSecondPerson: false, lastChangedBy: 7, publisher: 7, changesText: true },
      null,
    ],
    [
      'someone else changed it last',
      { needsSecondPerson: true, lastChangedBy: 3, publisher: 7, changesText: false },
      null,
    ],
    [
      'the publisher changed it last',
      { needsSecondPerson: true, lastChangedBy: 7, publisher: 7, changesText: false },
      SECOND_PERSON_REFUSAL,
    ],
    [
      'the last changer, populated',
      { needsSecondPerson: true, lastChangedBy: { id: 7 }, publisher: 7, changesText: false },
      SECOND_PERSON_REFUSAL,
    ],
    [
      'the same id as a string (MongoDB)',
      { needsSecondPerson: true, lastChangedBy: 'abc', publisher: 'abc', changesText: false },
      SECOND_PERSON_REFUSAL,
    ],
    [
      'the publisher changes the text while publishing',
      { needsSecondPerson: true, lastChangedBy: 3, publisher: 7, changesText: true },
      SECOND_PERSON_REFUSAL,
    ],
    [
      'nobody recorded (seeded), no change',
      { needsSecondPerson: true, lastChangedBy: null, publisher: 7, changesText: false },
      null,
    ],
  ])('%s', (_case, check, expected) => {
    expect(secondPersonRefusal(check)).toBe(expected)
  })
})

describe("canUpdatePage: the admin hides Publish from a guide's last changer", () => {
  const page = (status: string, needs: boolean, last: number) => ({
    _status: status,
    needsSecondPerson: needs,
    lastChangedBy: last,
  })
  it.each<[Who, ReturnType<typeof page>, boolean]>([
    ['publisher', page('published', true, 7), false],
    ['publisher', page('published', true, 3), true],
    ['publisher', page('published', false, 7), true],
    ['publisher', page('draft', true, 7), true],
    ['admin', page('published', true, 7), false],
    ['author', page('draft', true, 3), true],
    ['author', page('published', false, 3), false],
    ['caseworker', page('draft', false, 3), false],
  ])('%s, %j -> %s', async (who, data, expected) => {
    expect(await canUpdatePage({ req: requestOf(who, 7), data })).toBe(expected)
  })
})

describe('roleOf: stored role values', () => {
  it.each<[unknown, string | null]>([
    ['admin', 'admin'],
    ['publisher', 'publisher'],
    ['author', 'author'],
    ['caseworker', 'caseworker'],
    ['editor', 'publisher'],
    ['Editor', null],
    ['visitor', null],
    [undefined, null],
    [3, null],
  ])('%j -> %j', (role, expected) => {
    expect(roleOf({ role })).toBe(expected)
  })
})
