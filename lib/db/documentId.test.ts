import { describe, expect, it } from 'vitest'

import { validDocumentIds } from './documentId'

describe('validDocumentIds', () => {
  it.each([
    // [database id type, ids in content, ids that can be queried]
    ['number', [1, '2', 0, 'abc', '6b0d52510167acd25ccbea00'], ['1', '2', '0']],
    [
      'text',
      [0, '6b0d52510167acd25ccbea00', 'xyz', '6B0D52510167ACD25CCBEA01'],
      ['6b0d52510167acd25ccbea00', '6B0D52510167ACD25CCBEA01'],
    ],
    ['number', [], []],
  ] as const)('%s %j -> %j', (idType, ids, expected) => {
    expect(validDocumentIds(idType, ids)).toEqual(expected)
  })
})
