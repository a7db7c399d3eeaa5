import { describe, expect, it } from 'vitest'

import { headingIds, plainText, type LexicalNode } from './lexical'

const h2 = (text: string): LexicalNode => ({
  type: 'heading',
  tag: 'h2',
  children: [{ type: 'text', text }],
})
const root = (...children: LexicalNode[]): LexicalNode => ({ type: 'root', children })

describe('headingIds', () => {
  it.each([
    [['Who can use it'], ['who-can-use-it']],
    [
      ['Time limits', 'Time limits'],
      ['time-limits', 'time-limits-2'],
    ],
    [['کب استعمال کریں'], ['section-1']],
    [['Świadczenia (EHC)'], ['swiadczenia-ehc']],
  ])('%j -> %j', (titles, ids) => {
    const tree = root(...titles.map(h2))
    expect([...headingIds(tree).values()]).toEqual(ids)
  })

  it('ignores h3 headings and paragraphs', () => {
    const tree = root(h2('A'), { type: 'heading', tag: 'h3', children: [] }, { type: 'paragraph' })
    expect(headingIds(tree).size).toBe(1)
  })
})

describe('plainText', () => {
  it('joins nested text and turns line breaks into spaces', () => {
    expect(
      plainText({
        type: 'paragraph',
        children: [
          { type: 'text', text: 'a' },
          { type: 'linebreak' },
          { type: 'link', children: [{ type: 'text', text: 'b' }] },
        ],
      }),
    ).toBe('a b')
  })
})
