import { NextIntlClientProvider } from 'next-intl'
import { createElement, type ComponentProps } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RichText } from './index'
import type { LexicalNode } from '@/lib/richText/lexical'
import { referencedIds, type RichTextRefs } from './refs'

const text = (t: string, format = 0): LexicalNode => ({ type: 'text', text: t, format })
const p = (...children: LexicalNode[]): LexicalNode => ({ type: 'paragraph', children })
const heading = (tag: string, t: string): LexicalNode => ({
  type: 'heading',
  tag,
  children: [text(t)],
})
const internal = (id: number, t: string): LexicalNode => ({
  type: 'link',
  fields: { linkType: 'internal', doc: { relationTo: 'pages', value: id } },
  children: [text(t)],
})
const custom = (url: string, t: string): LexicalNode => ({
  type: 'link',
  fields: { linkType: 'custom', url },
  children: [text(t)],
})
const list = (listType: 'bullet' | 'number', ...items: string[]): LexicalNode => ({
  type: 'list',
  listType,
  children: items.map((t) => ({ type: 'listitem', children: [text(t)] })),
})
const cell = (t: string, headerState = 0): LexicalNode => ({
  type: 'tablecell',
  headerState,
  children: [p(text(t))],
})
const upload = (value: unknown): LexicalNode => ({ type: 'upload', relationTo: 'media', value })
const doc = (...children: LexicalNode[]) => ({ root: { type: 'root', children } })

const refs: RichTextRefs = {
  pages: new Map([
    ['7', { path: 'resolving-a-disagreement/mediation-renamed', title: 'Mediacja' }],
    ['8', { path: 'resolving-a-disagreement/complaints', title: 'Skargi' }],
  ]),
  media: new Map([
    [
      '3',
      {
        url: '/api/media/file/meeting.jpg',
        alt: 'Rodzic i mediator przy stole',
        mimeType: 'image/jpeg',
        width: 1600,
        height: 900,
        sizes: { card: { url: '/api/media/file/meeting-640x360.jpg', width: 640, height: 360 } },
      },
    ],
    [
      '4',
      {
        url: '/api/media/file/letter.pdf',
        alt: 'Wzór listu (PDF)',
        filename: 'letter.pdf',
        mimeType: 'application/pdf',
      },
    ],
  ]),
}

// Children go as createElement's third argument; the props type lists them as required.
type IntlProps = ComponentProps<typeof NextIntlClientProvider>

const html = (...children: LexicalNode[]) =>
  renderToStaticMarkup(
    // The locale comes from next-intl, as on a page (setRequestLocale).
    createElement(
      NextIntlClientProvider,
      { locale: 'pl' } as IntlProps,
      createElement(RichText, { data: doc(...children), refs }),
    ),
  )

/** Every node the editor offers (fields/richTextEditor.ts), and the HTML a reader gets. */
describe('RichText renders every enabled node', () => {
  it.each<[string, LexicalNode, string]>([
    ['paragraph', p(text('Tekst')), '<p class="govuk-body"><span>Tekst</span></p>'],
    [
      'h2',
      heading('h2', 'Terminy'),
      '<h2 id="terminy" class="govuk-heading-l"><span>Terminy</span></h2>',
    ],
    ['h3', heading('h3', 'Pytanie'), '<h3 class="govuk-heading-m"><span>Pytanie</span></h3>'],
    ['h4', heading('h4', 'Drobne'), '<h4 class="govuk-heading-s"><span>Drobne</span></h4>'],
    ['bold', p(text('ważne', 1)), '<span><strong>ważne</strong></span>'],
    ['italic', p(text('uwaga', 2)), '<span><em>uwaga</em></span>'],
    ['strikethrough', p(text('stare', 4)), '<span><s>stare</s></span>'],
    ['inline code', p(text('E08000014', 16)), '<span><code>E08000014</code></span>'],
    ['bold italic', p(text('oba', 3)), '<span><strong><em>oba</em></strong></span>'],
    [
      'internal link: the page’s current path in the reader’s language',
      p(internal(7, 'mediacja')),
      '<a class="govuk-link" href="/pl/resolving-a-disagreement/mediation-renamed"><span>mediacja</span></a>',
    ],
    [
      'external link',
      p(custom('https://www.gov.uk/appeal', 'GOV.UK')),
      '<a class="govuk-link" href="https://www.gov.uk/appeal"><span>GOV.UK</span></a>',
    ],
    [
      'typed site path',
      p(custom('/providers?kind=mediation', 'usługi')),
      '<a class="govuk-link" href="/pl/providers?kind=mediation"><span>usługi</span></a>',
    ],
    [
      'e-mail link',
      p(custom('mailto:sen@example.gov.uk', 'napisz')),
      '<a class="govuk-link" href="mailto:sen@example.gov.uk"><span>napisz</span></a>',
    ],
    [
      'bullet list',
      list('bullet', 'a', 'b'),
      '<ul class="govuk-list govuk-list--bullet"><li><span>a</span></li><li><span>b</span></li></ul>',
    ],
    [
      'numbered list',
      list('number', 'jeden'),
      '<ol class="govuk-list govuk-list--number"><li><span>jeden</span></li></ol>',
    ],
    [
      'quote',
      { type: 'quote', children: [text('Cytat')] },
      '<div class="govuk-inset-text"><span>Cytat</span></div>',
    ],
    [
      'horizontal rule',
      { type: 'horizontalrule' },
      '<hr class="govuk-section-break govuk-section-break--l govuk-section-break--visible"/>',
    ],
    [
      'table with a header row',
      {
        type: 'table',
        children: [
          { type: 'tablerow', children: [cell('Krok', 1), cell('Termin', 1)] },
          { type: 'tablerow', children: [cell('Odwołanie'), cell('2 miesiące')] },
        ],
      },
      '<div class="app-table-wrapper"><table class="govuk-table"><thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header"><span>Krok</span></th><th scope="col" class="govuk-table__header"><span>Termin</span></th></tr></thead><tbody class="govuk-table__body"><tr class="govuk-table__row"><td class="govuk-table__cell"><span>Odwołanie</span></td><td class="govuk-table__cell"><span>2 miesiące</span></td></tr></tbody></table></div>',
    ],
    [
      'image: responsive, with its alt text',
      upload(3),
      '<figure class="app-rich-text__figure"><img class="app-rich-text__image" src="/api/media/file/meeting.jpg" alt="Rodzic i mediator przy stole" width="1600" height="900" srcSet="/api/media/file/meeting-640x360.jpg 640w, /api/media/file/meeting.jpg 1600w" sizes="(min-width: 641px) 640px, 100vw" loading="lazy" decoding="async"/></figure>',
    ],
    ['image already populated', upload({ id: 3 }), 'alt="Rodzic i mediator przy stole"'],
    [
      'PDF: a link named by its alt text',
      upload(4),
      '<p class="govuk-body"><a class="govuk-link" href="/api/media/file/letter.pdf">Wzór listu (PDF)</a></p>',
    ],
    [
      'relationship to a page: a link with its current title',
      { type: 'relationship', relationTo: 'pages', value: 8 },
      '<p class="govuk-body app-rich-text__related"><a class="govuk-link" href="/pl/resolving-a-disagreement/complaints">Skargi</a></p>',
    ],
  ])('%s', (_name, node, expected) => {
    expect(html(node)).toContain(expected)
  })
})

describe('RichText: content the editor no longer offers, and broken references', () => {
  it.each<[string, LexicalNode, string]>([
    [
      'h1 becomes h2 (the title is the h1)',
      heading('h1', 'Duży'),
      '<h2 id="duzy" class="govuk-heading-l"><span>Duży</span></h2>',
    ],
    ['h5 becomes h4', heading('h5', 'Mały'), '<h4 class="govuk-heading-s"><span>Mały</span></h4>'],
    [
      'underline is plain text',
      p(text('tekst', 8)),
      '<p class="govuk-body"><span>tekst</span></p>',
    ],
    [
      'a link to an unpublished page is its text',
      p(internal(99, 'szkic')),
      '<p class="govuk-body"><span><span>szkic</span></span></p>',
    ],
    [
      'a javascript: link is its text',
      p(custom('javascript:alert(1)', 'x')),
      '<p class="govuk-body"><span><span>x</span></span></p>',
    ],
    [
      'a protocol-relative link is its text',
      p(custom('//evil.example', 'y')),
      '<p class="govuk-body"><span><span>y</span></span></p>',
    ],
    ['a missing image leaves nothing', upload(404), '<div class="app-rich-text"></div>'],
  ])('%s', (_name, node, expected) => {
    expect(html(node)).toBe(
      expected.startsWith('<div') ? expected : `<div class="app-rich-text">${expected}</div>`,
    )
  })

  it('never writes href="#"', () => {
    expect(html(p(internal(99, 'a')), p(custom('', 'b')))).not.toContain('href="#"')
  })
})

describe('referencedIds', () => {
  it('finds internal links, relationships and uploads, once each', () => {
    const body = doc(
      p(internal(7, 'a'), internal(7, 'b')),
      { type: 'relationship', relationTo: 'pages', value: { id: 8 } },
      upload(3),
      list('bullet', 'x'),
      p(custom('https://example.org', 'e')),
    )
    expect(referencedIds(body.root)).toEqual({ pages: ['7', '8'], media: ['3'] })
  })
})
