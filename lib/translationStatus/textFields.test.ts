import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import config from '@payload-config'

import {
  changedTextFields,
  fingerprint,
  hasText,
  textInLocale,
  TRANSLATABLE_PAGE_FIELDS,
} from './textFields'

const text = (t: string, format = 0) => ({ type: 'text', text: t, format })
const para = (...children: object[]) => ({ type: 'paragraph', children })
const doc = (...children: object[]) => ({ root: { type: 'root', children } })
const link = (url: string, t: string) => ({ type: 'link', fields: { url }, children: [text(t)] })
const upload = (id: number | { id: number }) => ({ type: 'upload', relationTo: 'media', value: id })

describe('fingerprint: what counts as a change of text', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['same string', 'Mediation', 'Mediation', false],
    ['whitespace around a string', 'Mediation', ' Mediation \n', false],
    ['a changed word', 'Mediation', 'Mediator', true],
    ['null and empty string', null, '', false],
    ['empty body and a body of empty paragraphs', null, doc(para()), false],
    ['bold only', doc(para(text('Ask'))), doc(para(text('Ask', 1))), false],
    [
      "Lexical's bookkeeping",
      doc(para(text('Ask'))),
      {
        root: {
          type: 'root',
          version: 1,
          direction: 'ltr',
          children: [{ ...para(text('Ask')), version: 1, textFormat: 0 }],
        },
      },
      false,
    ],
    ['a changed word in the body', doc(para(text('Ask'))), doc(para(text('Asked'))), true],
    ['a new paragraph', doc(para(text('A'))), doc(para(text('A')), para(text('B'))), true],
    [
      'a paragraph became a heading',
      doc(para(text('A'))),
      doc({ type: 'heading', tag: 'h2', children: [text('A')] }),
      true,
    ],
    ['a link target changed', doc(para(link('/a', 'x'))), doc(para(link('/b', 'x'))), true],
    ['an image swapped', doc(upload(1)), doc(upload(2)), true],
    ['an image populated or not', doc(upload(1)), doc(upload({ id: 1 })), false],
  ])('%s: changed=%s', (_name, a, b, changed) => {
    expect(fingerprint(a) !== fingerprint(b)).toBe(changed)
  })
})

describe('hasText', () => {
  it.each<[unknown, boolean]>([
    ['Title', true],
    ['  ', false],
    [null, false],
    [undefined, false],
    [doc(para()), false],
    [doc(para(text(' '))), false],
    [doc(para(text('Yes'))), true],
    [doc(upload(3)), true],
  ])('%j -> %s', (value, expected) => {
    expect(hasText(value)).toBe(expected)
  })
})

describe('changedTextFields', () => {
  const before = { title: 'A', summary: 'S', body: doc(para(text('B'))), meta: { title: 'M' } }
  it.each<[string, object, string[]]>([
    ['a date only', { nextReview: '2027-01-01' }, []],
    ['status and order only', { _status: 'published', order: 3 }, []],
    ['the same texts again (a publish of the saved draft)', { ...before }, []],
    ['the title', { title: 'A2' }, ['title']],
    ['the summary cleared', { summary: null }, ['summary']],
    ['the body reworded', { body: doc(para(text('C'))) }, ['body']],
    ['the search engine title', { meta: { title: 'M2' } }, ['meta.title']],
    ['a group without the field', { meta: {} }, []],
  ])('%s -> %j', (_name, data, fields) => {
    expect(changedTextFields(before, data)).toEqual(fields)
  })

  it('counts every text of a new page', () => {
    expect(changedTextFields(undefined, { title: 'New', summary: '' })).toEqual(['title'])
  })
})

/** Localized text fields in the Pages collection, as dotted paths. */
function localizedTextFields(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    if (!('name' in field)) return []
    const path = `${prefix}${field.name}`
    if (field.type === 'group') return localizedTextFields(field.fields, `${path}.`)
    const isText = field.type === 'text' || field.type === 'textarea' || field.type === 'richText'
    const hidden = field.admin && 'hidden' in field.admin && field.admin.hidden
    return isText && field.localized && !hidden ? [path] : []
  })
}

describe('TRANSLATABLE_PAGE_FIELDS', () => {
  // The built config: the SEO plugin adds its meta fields to pages there.
  it('lists every localized text field a page has', async () => {
    const pages = (await config).collections.find((c) => c.slug === 'pages')!
    expect([...TRANSLATABLE_PAGE_FIELDS].sort()).toEqual(localizedTextFields(pages.fields).sort())
  })
})

describe('textInLocale: one language of a document read in every locale', () => {
  const all = {
    title: { en: 'Appeals', pl: 'Odwołania' },
    summary: { en: 'How to appeal' },
    body: { en: doc(para(text('One'))) },
    meta: { title: { pl: 'Odwołania | SEND' }, description: null },
    path: 'appeals',
  }
  it.each<[string, Record<string, unknown>]>([
    [
      'en',
      {
        title: 'Appeals',
        summary: 'How to appeal',
        body: doc(para(text('One'))),
        meta: { title: undefined, description: undefined },
      },
    ],
    [
      'pl',
      {
        title: 'Odwołania',
        summary: undefined,
        body: undefined,
        meta: { title: 'Odwołania | SEND', description: undefined },
      },
    ],
    [
      'ur',
      {
        title: undefined,
        summary: undefined,
        body: undefined,
        meta: { title: undefined, description: undefined },
      },
    ],
  ])('%s', (locale, expected) => {
    expect(textInLocale(all, locale)).toEqual(expected)
    expect(changedTextFields(textInLocale(all, locale), expected)).toEqual([])
  })
})
