import { describe, expect, it } from 'vitest'

import { withoutEmpty } from './compact'

describe('withoutEmpty: no null or empty optional fields in Open Referral answers', () => {
  it.each<[unknown, unknown]>([
    [{ id: 'a', email: null }, { id: 'a' }],
    [{ id: 'a', email: undefined }, { id: 'a' }],
    [{ id: 'a', url: '' }, { id: 'a' }],
    [{ id: 'a', url: '   ' }, { id: 'a' }],
    [{ id: 'a', service_areas: [] }, { id: 'a' }],
    [{ id: 'a', location: { addresses: [] } }, { id: 'a' }],
    [
      { id: 'a', list: [null, '', { x: null }, 'b'] },
      { id: 'a', list: ['b'] },
    ],
    [
      { id: 'a', empty: false, size: 0 },
      { id: 'a', empty: false, size: 0 },
    ],
    [
      { nested: { deep: { deeper: { value: 'kept', gone: null } } } },
      { nested: { deep: { deeper: { value: 'kept' } } } },
    ],
    [[{ a: 1 }, {}], [{ a: 1 }]],
    ['text', 'text'],
    [null, null],
  ])('%j -> %j', (input, expected) => {
    expect(withoutEmpty(input)).toEqual(expected)
  })

  it('does not change its input', () => {
    const input = { id: 'a', email: null }
    withoutEmpty(input)
    expect(input).toEqual({ id: 'a', email: null })
  })
})
