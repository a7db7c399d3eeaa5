import { describe, expect, it } from 'vitest'

import { canonicalSpelling, highlight, parseQuery, snippet, spellingVariants } from './query'

// Urdu "Tribunal": the spelling the site uses, and the other one readers type.
const TRIBUNAL = 'ٹربیونل'
const TRIBUNAL_VARIANT = 'ٹریبونل'

describe('parseQuery', () => {
  it.each([
    [undefined, { kind: 'none' }],
    ['', { kind: 'invalid', query: '', error: 'tooShort' }],
    ['   ', { kind: 'invalid', query: '', error: 'tooShort' }],
    ['a', { kind: 'invalid', query: 'a', error: 'tooShort' }],
    ['mediation', { kind: 'ok', query: 'mediation', terms: ['mediation'] }],
    [
      '  Mediation   Certificate ',
      { kind: 'ok', query: 'Mediation Certificate', terms: ['mediation', 'certificate'] },
    ],
    [['first', 'second'], { kind: 'ok', query: 'first', terms: ['first'] }],
    ['tab\there\u0000null', { kind: 'ok', query: 'tab here null', terms: ['tab', 'here', 'null'] }],
    ['\u202emediation\u202c', { kind: 'ok', query: 'mediation', terms: ['mediation'] }],
    ['\u2066\u200f', { kind: 'invalid', query: '', error: 'tooShort' }],
    ['mediacja mediacja', { kind: 'ok', query: 'mediacja mediacja', terms: ['mediacja'] }],
    ['ثالثی', { kind: 'ok', query: 'ثالثی', terms: ['ثالثی'] }],
    ['x'.repeat(101), { kind: 'invalid', query: 'x'.repeat(100), error: 'tooLong' }],
    [TRIBUNAL, { kind: 'ok', query: TRIBUNAL, terms: [TRIBUNAL, TRIBUNAL_VARIANT] }],
    [
      `${TRIBUNAL_VARIANT} اپیل`,
      {
        kind: 'ok',
        query: `${TRIBUNAL_VARIANT} اپیل`,
        terms: [TRIBUNAL_VARIANT, TRIBUNAL, 'اپیل'],
      },
    ],
  ])('%j', (raw, expected) => {
    expect(parseQuery(raw as string | string[] | undefined)).toEqual(expected)
  })
})

describe('spelling variants', () => {
  it.each([
    ['mediation', ['mediation']],
    [TRIBUNAL, [TRIBUNAL, TRIBUNAL_VARIANT]],
    [TRIBUNAL_VARIANT, [TRIBUNAL_VARIANT, TRIBUNAL]],
    [
      `SEND ${TRIBUNAL_VARIANT} میں اپیل`,
      [`SEND ${TRIBUNAL_VARIANT} میں اپیل`, `SEND ${TRIBUNAL} میں اپیل`],
    ],
    // Arabic yeh (U+064A) as an Arabic keyboard types it, inside the variant spelling.
    ['ٹر\u064aبونل', ['ٹر\u064aبونل', TRIBUNAL, TRIBUNAL_VARIANT]],
    ['ثالثی', ['ثالثی']],
  ])('%j is searched as %j', (text, expected) => {
    expect(spellingVariants(text)).toEqual(expected)
  })

  it.each([
    [TRIBUNAL_VARIANT, TRIBUNAL],
    [TRIBUNAL, TRIBUNAL],
    ['\u0643\u0648\u0646\u0633\u0644', '\u06a9\u0648\u0646\u0633\u0644'], // Arabic kaf -> Urdu kaf
    ['Tribunal', 'Tribunal'],
  ])('%j is written %j in the site spelling', (text, expected) => {
    expect(canonicalSpelling(text)).toBe(expected)
  })
})

describe('highlight', () => {
  it.each([
    [
      'Mediation and mediation',
      ['mediation'],
      [
        ['Mediation', true],
        [' and ', false],
        ['mediation', true],
      ],
    ],
    [
      '<script>alert(1)</script>',
      ['script'],
      [
        ['<', false],
        ['script', true],
        ['>alert(1)</', false],
        ['script', true],
        ['>', false],
      ],
    ],
    ['no match here', ['tribunal'], [['no match here', false]]],
    [
      'appeal appeals',
      ['appeal', 'appeals'],
      [
        ['appeal', true],
        [' ', false],
        ['appeals', true],
      ],
    ],
  ])('%j with %j', (text, terms, expected) => {
    expect(highlight(text, terms).map((s) => [s.text, s.match])).toEqual(expected)
  })

  it('puts the text back together exactly', () => {
    const text = 'The Tribunal (SEND) hears appeals; the tribunal is independent.'
    expect(
      highlight(text, ['tribunal', 'the'])
        .map((s) => s.text)
        .join(''),
    ).toBe(text)
  })
})

describe('snippet', () => {
  const long = `${'Intro words. '.repeat(30)}The mediation certificate lets you appeal. ${'Later words. '.repeat(30)}`
  it('keeps short text whole', () => {
    expect(snippet('  Short   text ', ['x'])).toBe('Short text')
  })
  it('shows the part around the first match, marked as cut at both ends', () => {
    const result = snippet(long, ['certificate'], 120)
    expect(result).toContain('mediation certificate')
    expect(result.startsWith('…')).toBe(true)
    expect(result.endsWith('…')).toBe(true)
    expect(result.length).toBeLessThanOrEqual(122)
  })
  it('starts at the beginning when nothing matches', () => {
    expect(snippet(long, ['absent'], 50).startsWith('Intro words.')).toBe(true)
  })
})
