import { describe, expect, it } from 'vitest'

import { listKeyQuery, providerListKey } from './listKey'

// The councils that exist (lib/routes/publishedPaths.ts `councils`).
const COUNCILS = new Set(['E08000014', 'E09000001', 'E06000001'])

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
    // Plausible codes of councils that do not exist: each would be a cached page of its own.
    ['council=E99999999', null],
    ['council=ZZZ', null],
    ['council=E99999999&kind=mediation', null],
    ['council=E09000001&council=E08000014', 'c-E09000001'],
  ])('?%s -> %s', (query, key) => {
    expect(providerListKey(new URLSearchParams(query), COUNCILS)).toBe(key)
  })

  it.each<[string, string | null]>([
    ['', 'all'],
    ['kind=mediation', 'k-mediation'],
    ['council=E08000014', null],
    ['council=E08000014&kind=mediation', null],
  ])('?%s with the councils unknown -> %s', (query, key) => {
    expect(providerListKey(new URLSearchParams(query), null)).toBe(key)
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
