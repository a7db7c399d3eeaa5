import { describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import { findTranslationRows } from '@/lib/translationStatus'

import { createUser, payloadForThisFile } from '../helpers/payload'

const db = payloadForThisFile()
const ctx = { disableRevalidate: true }
const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

const body = (text: string) =>
  ({
    root: {
      type: 'root',
      version: 1,
      children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }],
    },
  }) as never

const texts: Record<Locale, { title: string; summary: string; body: never }> = {
  en: { title: 'Mediation', summary: 'What it is', body: body('Mediation is a meeting.') },
  pl: { title: 'Mediacja', summary: 'Czym jest', body: body('Mediacja to spotkanie.') },
  ur: { title: 'ثالثی', summary: 'یہ کیا ہے', body: body('ثالثی ایک ملاقات ہے۔') },
}

async function write(id: number, locale: Locale, data: Record<string, unknown>) {
  await tick()
  await db.payload.update({ collection: 'pages', id, locale, context: ctx, data: data as never })
}

/** A page in English, then fully in Polish, and only its title in Urdu. */
async function translatedPage(slug: string) {
  const page = await db.payload.create({
    collection: 'pages',
    locale: 'en',
    context: ctx,
    data: { ...texts.en, slug, _status: 'published' },
  })
  await write(page.id, 'pl', { ...texts.pl, _status: 'published' })
  await write(page.id, 'ur', { title: texts.ur.title, _status: 'published' })
  return page.id
}

async function states(id: number) {
  const editor = await db.payload.find({ collection: 'users', limit: 1 })
  const rows = await findTranslationRows(db.payload, editor.docs[0] as never)
  return rows.find((row) => row.id === id)?.states
}

describe('translation status from content', () => {
  it.each<[string, (id: number) => Promise<void>, { pl: string; ur: string }]>([
    ['as translated', async () => {}, { pl: 'current', ur: 'partial' }],
    [
      'English changes only its review date',
      (id) => write(id, 'en', { nextReview: '2027-06-01' }),
      { pl: 'current', ur: 'partial' },
    ],
    [
      'English changes order, parent-free settings and status',
      (id) => write(id, 'en', { order: 7, callbackForm: true, _status: 'published' }),
      { pl: 'current', ur: 'partial' },
    ],
    [
      'English is saved again with the same text',
      (id) => write(id, 'en', { ...texts.en }),
      { pl: 'current', ur: 'partial' },
    ],
    [
      'English changes its summary',
      (id) => write(id, 'en', { summary: 'What mediation is, and when' }),
      { pl: 'outdated', ur: 'partial' },
    ],
    [
      'English rewords its body, then Polish is updated',
      async (id) => {
        await write(id, 'en', { body: body('Mediation is a meeting with a mediator.') })
        await write(id, 'pl', { body: body('Mediacja to spotkanie z mediatorem.') })
      },
      { pl: 'current', ur: 'partial' },
    ],
    [
      'Urdu gets its summary and body',
      (id) => write(id, 'ur', { summary: texts.ur.summary, body: texts.ur.body }),
      { pl: 'current', ur: 'current' },
    ],
  ])('%s', async (_name, change, expected) => {
    if ((await db.payload.count({ collection: 'users' })).totalDocs === 0) {
      await createUser(db.payload, 'status@example.org', 'publisher')
    }
    const id = await translatedPage(`status-${Math.random().toString(36).slice(2, 8)}`)
    await change(id)
    expect(await states(id)).toEqual(expected)
  })
})
