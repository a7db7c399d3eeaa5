import { describe, expect, it } from 'vitest'

import { getPageByPathWith } from '@/lib/queries/pageByPath'

import { createUser, payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
const ctx = { disableRevalidate: true }

const lexical = (text: string) =>
  ({
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal' }],
        },
      ],
    },
  }) as never

/**
 * The admin's cycle when a translator works in Polish: load the document without fallback,
 * publish it with `?locale=pl` (no `fallback-locale`), rebuild the form from the answer, and
 * autosave that form a moment later (node_modules/@payloadcms/ui/dist/views/Edit/index.js onSave).
 */
describe('saving in one language never writes another language into it', () => {
  it.each([
    ['summary', (doc: object) => (doc as { summary?: unknown }).summary],
    ['body', (doc: object) => (doc as { body?: unknown }).body],
    ['search-engine title', (doc: object) => (doc as { meta?: { title?: unknown } }).meta?.title],
  ])('an empty Polish %s stays empty after publishing in Polish', async (_field, pick) => {
    const editor = await createUser(db.payload, `translator-${Date.now()}@example.org`, 'publisher')
    const slug = `fallback-${Math.random().toString(36).slice(2, 8)}`
    const english = await db.payload.create({
      collection: 'pages',
      context: ctx,
      locale: 'en',
      data: {
        title: 'English title',
        summary: 'English summary',
        body: lexical('English body'),
        meta: { title: 'English search title' },
        slug,
        _status: 'published',
      },
    })
    const as = { user: editor, overrideAccess: false, context: ctx }
    const form = await db.payload.findByID({
      collection: 'pages',
      id: english.id,
      locale: 'pl',
      fallbackLocale: false,
      draft: true,
      depth: 0,
      ...as,
    })
    expect(pick(form)).toBeFalsy()

    const answer = await db.payload.update({
      collection: 'pages',
      id: english.id,
      locale: 'pl',
      data: { ...form, title: 'Polski tytuł', _status: 'published' },
      ...as,
    })
    await db.payload.update({
      collection: 'pages',
      id: english.id,
      locale: 'pl',
      fallbackLocale: false,
      draft: true,
      autosave: true,
      data: { ...answer, _status: 'draft' },
      ...as,
    })

    const stored = await db.payload.findByID({
      collection: 'pages',
      id: english.id,
      locale: 'all',
      draft: true,
      depth: 0,
    })
    expect(pick(stored)).toMatchObject({ en: expect.anything() })
    expect((pick(stored) as Record<string, unknown>).pl ?? null).toBeNull()

    // Readers in Polish get the English text with the "shown in English" notice.
    const reader = await getPageByPathWith(db.payload, 'pl', slug)
    expect(reader?.isFallback).toBe(true)
    expect(reader?.page.title).toBe('Polski tytuł')
  })
})
