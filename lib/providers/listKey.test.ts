import { describe, expect, it } from 'vitest'

import { listKeyQuery, providerListKey } from './listKey'

describe('providerListKey: one cache key per list shown', () => {
  it.each<[string, string | null]>([
    ['', 'all'],
    ['council=', 'all'],
    ['utm_source=mail', 'all'],
    ['kind=unknown', 'all'],
    ['council=E08000014', 'c-E08000014'],
    ['council=%20e08000014%20', 'c-E08000014'],
    ['council=E08000014&council=E09000001', 'c-E08000014'],
    ['kind=mediation', 'k-mediation'],
    ['kind=sendiass&kind=mediation&kind=sendiass', 'k-mediation_k-sendiass'],
    ['kind=council-team&council=E06000001&kind=nope', 'c-E06000001_k-council-team'],
    [
      'council=E08000014&kind=mediation&kind=disagreement-resolution',
      'c-E08000014_k-mediation_k-disagreement-resolution',
    ],
    ['council=not%20a%20code', null],
    ['council=E0800001400000', null],
    ['council=%3Cscript%3E', null],
  ])('?%s -> %s', (query, key) => {
    expect(providerListKey(new URLSearchParams(query))).toBe(key)
  })
})

describe('listKeyQuery: the query a key stands for', () => {
  it.each<[string, { council?: string; kind: string[] } | null]>([
    ['all', { kind: [] }],
    ['c-E08000014', { council: 'E08000014', kind: [] }],
    ['k-mediation_k-sendiass', { kind: ['mediation', 'sendiass'] }],
    ['c-E06000001_k-council-team', { council: 'E06000001', kind: ['council-team'] }],
    // Keys providerListKey never makes: out of order, repeated, unknown, lower case, empty.
    ['k-sendiass_k-mediation', null],
    ['k-mediation_k-mediation', null],
    ['k-mediation_c-E08000014', null],
    ['k-unknown', null],
    ['c-e08000014', null],
    ['', null],
    ['all_k-mediation', null],
  ])('%s -> %j', (key, query) => {
    expect(listKeyQuery(key)).toEqual(query)
  })
})
