import { describe, expect, it } from 'vitest'

import { inline, markdownToLexical } from './markdownToLexical'

type Node = {
  type: string
  text?: string
  tag?: string
  format?: number
  children?: Node[]
  [k: string]: unknown
}
const root = (md: string, dir: 'ltr' | 'rtl' = 'ltr') =>
  markdownToLexical(md, dir).root as unknown as Node

describe('markdownToLexical: block structure', () => {
  it.each([
    ['## Heading', ['heading:h2']],
    ['### Sub', ['heading:h3']],
    ['One line.\nSame paragraph.', ['paragraph']],
    ['First.\n\nSecond.', ['paragraph', 'paragraph']],
    ['- a\n- b', ['list:bullet']],
    ['1. a\n2. b', ['list:number']],
    ['> Important note', ['quote']],
    ['| A | B |\n|---|---|\n| 1 | 2 |', ['table']],
    ['## H\nText under heading\n- item', ['heading:h2', 'paragraph', 'list:bullet']],
    ['', []],
  ])('%j gives %j', (md, expected) => {
    const kinds = root(md).children!.map((n) =>
      n.type === 'heading' ? `heading:${n.tag}` : n.type === 'list' ? `list:${n.listType}` : n.type,
    )
    expect(kinds).toEqual(expected)
  })

  it('joins a paragraph that spans lines with spaces', () => {
    expect(root('One line.\nSame paragraph.').children![0].children![0].text).toBe(
      'One line. Same paragraph.',
    )
  })

  it('makes the first table row a header row and skips the separator', () => {
    const table = root('| Who | What |\n|---|---|\n| You | School |\n| Council | Plan |')
      .children![0]
    expect(table.children).toHaveLength(3)
    expect(table.children!.map((row) => row.children![0].headerState)).toEqual([1, 0, 0])
  })

  it('numbers list items from 1', () => {
    const list = root('- a\n- b\n- c').children![0]
    expect(list.children!.map((item) => item.value)).toEqual([1, 2, 3])
  })

  it('marks right-to-left content as rtl', () => {
    expect(root('متن', 'rtl').children![0].direction).toBe('rtl')
  })
})

describe('markdownToLexical: inline', () => {
  it.each([
    ['plain', [['text', 'plain', 0]]],
    [
      '**bold** text',
      [
        ['text', 'bold', 1],
        ['text', ' text', 0],
      ],
    ],
    [
      'see [mediation](/mediation).',
      [
        ['text', 'see ', 0],
        ['link', 'mediation', 0],
        ['text', '.', 0],
      ],
    ],
    [
      '**Legal basis:** CFA s57',
      [
        ['text', 'Legal basis:', 1],
        ['text', ' CFA s57', 0],
      ],
    ],
  ])('%j', (md, expected) => {
    const nodes = inline(md, 'ltr') as unknown as Node[]
    expect(
      nodes.map((n) => [
        n.type,
        n.type === 'link' ? n.children![0].text : n.text,
        n.type === 'link' ? 0 : n.format,
      ]),
    ).toEqual(expected)
  })

  it.each([
    ['an internal page', '/resolving-a-disagreement/mediation'],
    ['an internal page with a query', '/providers?kind=mediation'],
    ['an official site', 'https://www.gov.uk/special-educational-needs-disability-tribunal'],
    ['an ombudsman', 'https://www.lgo.org.uk'],
  ])('keeps the link target of %s, opening in the same tab', (_what, url) => {
    const [link] = inline(`[x](${url})`, 'ltr') as unknown as Node[]
    expect(link.type).toBe('link')
    expect(link.fields).toEqual({ linkType: 'custom', url, newTab: false })
  })
})
