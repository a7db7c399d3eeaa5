import { describe, expect, it } from 'vitest'

import { blockText, headingIds, plainText, questionsAndAnswers, type LexicalNode } from './lexical'

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

const p = (text: string): LexicalNode => ({ type: 'paragraph', children: [{ type: 'text', text }] })
const h3 = (text: string): LexicalNode => ({ ...h2(text), tag: 'h3' })
const list = (...items: string[]): LexicalNode => ({
  type: 'list',
  listType: 'bullet',
  children: items.map((text) => ({ type: 'listitem', children: [{ type: 'text', text }] })),
})

describe('blockText', () => {
  it('keeps blocks apart so words never run together', () => {
    expect(blockText(root(h2('Title'), p('One.'), list('a', 'b'), p('Two.')))).toBe(
      'Title\nOne.\na\nb\nTwo.',
    )
  })
})

describe('questionsAndAnswers', () => {
  it.each<[string, LexicalNode, { question: string; answer: string }[]]>([
    [
      'h3 questions with the text up to the next heading',
      root(
        h2('Group'),
        h3('Q1'),
        p('A1.'),
        list('x', 'y'),
        h3('Q2'),
        p('A2.'),
        h2('Next'),
        p('Not an answer.'),
      ),
      [
        { question: 'Q1', answer: 'A1.\nx\ny' },
        { question: 'Q2', answer: 'A2.' },
      ],
    ],
    ['no h3 headings, no questions', root(h2('Only'), p('Text.')), []],
    [
      'a question without an answer is left out',
      root(h3('Empty'), h3('Full'), p('Yes.')),
      [{ question: 'Full', answer: 'Yes.' }],
    ],
  ])('%s', (_name, doc, expected) => {
    expect(questionsAndAnswers(doc)).toEqual(expected)
  })
})
