import { describe, expect, it } from 'vitest'

import { isPublished, publishedChange, type PublishedState } from './publishedChange'

const LIST = ['title', 'path']
const v = (updatedAt: string, _status: unknown, extra: Record<string, unknown> = {}) =>
  ({ updatedAt, _status, title: { en: 'A', pl: 'A-pl' }, path: 'a', ...extra }) as PublishedState

describe('publishedChange: what readers see before and after one write', () => {
  const published = v('t1', 'published')
  it.each<[string, PublishedState | null, PublishedState | null, string]>([
    [
      'autosave of a published page (stored version untouched)',
      published,
      v('t1', 'published'),
      'none',
    ],
    ['draft save of a never-published page', v('t1', 'draft'), v('t1', 'draft'), 'none'],
    ['non-draft save of an unpublished page', v('t1', 'draft'), v('t2', 'draft'), 'none'],
    ['create as draft', null, v('t1', 'draft'), 'none'],
    ['create published', null, published, 'list'],
    ['first publish', v('t1', 'draft'), v('t2', 'published'), 'list'],
    ['unpublish', published, v('t2', 'draft'), 'list'],
    ['delete a published page', published, null, 'list'],
    ['delete a draft', v('t1', 'draft'), null, 'none'],
    ['publish a body change', published, v('t2', 'published', { body: 'new' }), 'page'],
    [
      'publish a Polish title change',
      published,
      v('t2', 'published', { title: { en: 'A', pl: 'B' } }),
      'list',
    ],
    ['publish a new path', published, v('t2', 'published', { path: 'b' }), 'list'],
    [
      'publish one locale of a per-locale status',
      v('t1', { en: 'draft', pl: 'draft' }),
      v('t2', { en: 'draft', pl: 'published' }),
      'list',
    ],
  ])('%s -> %s', (_, before, after, expected) => {
    const change = publishedChange(before, after, LIST)
    const got = change === null ? 'none' : change.listChanged ? 'list' : 'page'
    expect(got).toBe(expected)
  })

  it('keeps the versions readers saw, so both old and new paths can be purged', () => {
    const change = publishedChange(published, v('t2', 'published', { path: 'b' }), LIST)
    expect([change?.before?.path, change?.after?.path]).toEqual(['a', 'b'])
    expect(publishedChange(published, v('t2', 'draft'), LIST)?.after).toBeNull()
  })

  it.each([
    [{ _status: 'published' }, true],
    [{ _status: 'draft' }, false],
    [{ _status: { en: 'draft', ur: 'published' } }, true],
    [{ _status: { en: 'draft' } }, false],
    [{}, false],
    [null, false],
  ])('isPublished(%j) = %s', (state, expected) => {
    expect(isPublished(state as PublishedState | null)).toBe(expected)
  })
})
