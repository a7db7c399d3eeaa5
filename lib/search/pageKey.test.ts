import { describe, expect, it } from 'vitest'

import { CACHED_QUERY_MAX_BYTES, searchKeyQuery, searchPageKey } from './pageKey'

const hexOf = (text: string) => Buffer.from(text, 'utf8').toString('hex')
const key = (query: string) => searchPageKey(new URLSearchParams(query))

describe('searchPageKey', () => {
  it.each([
    ['', 'form'],
    ['other=1', 'form'],
    ['q=tribunal', `q-${hexOf('tribunal')}`],
    ['q=%20%20Mediation%20', `q-${hexOf('Mediation')}`],
    ['q=tribunal%20%20%20limit3', `q-${hexOf('tribunal limit3')}`],
    ['q=tribunal%09limit3', `q-${hexOf('tribunal limit3')}`],
    ['q=first&q=second', `q-${hexOf('first')}`],
    // A decomposed "é" (e + combining acute) and the composed one are the same query.
    ['q=caf%C3%A9', `q-${hexOf('café')}`],
    ['q=cafe%CC%81', `q-${hexOf('café')}`],
    ['q=%D8%AB%D8%A7%D9%84%D8%AB%DB%8C', `q-${hexOf('ثالثی')}`],
    ['q=a/b?c', `q-${hexOf('a/b?c')}`],
    // The page answers these itself, with a message.
    ['q=', null],
    ['q=a', null],
    [`q=${'x'.repeat(101)}`, null],
    // Too long for a key, though the page searches for it.
    [`q=${'x'.repeat(CACHED_QUERY_MAX_BYTES)}`, `q-${hexOf('x'.repeat(CACHED_QUERY_MAX_BYTES))}`],
    [`q=${'x'.repeat(CACHED_QUERY_MAX_BYTES + 1)}`, null],
    [`q=${encodeURIComponent('ث'.repeat(49))}`, null],
  ])('%j -> %j', (query, expected) => {
    expect(key(query)).toBe(expected)
  })
})

describe('searchKeyQuery', () => {
  it.each([
    ['form', undefined],
    [`q-${hexOf('tribunal')}`, 'tribunal'],
    [`q-${hexOf('ثالثی')}`, 'ثالثی'],
    [`q-${hexOf('<b> OR 1=1; --')}`, '<b> OR 1=1; --'],
    // Keys searchPageKey never makes.
    ['', null],
    ['q-', null],
    ['all', null],
    [`q-${hexOf('tribunal').toUpperCase()}`, null],
    [`q-${hexOf('tribunal')}0`, null],
    [`q-${hexOf(' tribunal')}`, null], // not tidy
    [`q-${hexOf('a  b')}`, null],
    [`q-${hexOf('x')}`, null], // too short for a search
    ['q-ff', null], // not UTF-8
    [`q-${hexOf('cafe\u0301')}`, null], // not NFC
    [`q-${hexOf('x'.repeat(CACHED_QUERY_MAX_BYTES + 1))}`, null],
  ])('%j -> %j', (input, expected) => {
    expect(searchKeyQuery(input)).toBe(expected)
  })

  it('reads back every key it makes', () => {
    for (const q of ['tribunal', 'Mediation Certificate', 'ٹریبونل اپیل', 'mediacja żłobek']) {
      const made = key(`q=${encodeURIComponent(q)}`)!
      expect(made).toMatch(/^q-[0-9a-f]+$/)
      expect(searchKeyQuery(made)).toBe(q)
    }
  })
})
