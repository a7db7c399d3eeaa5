import { describe, expect, it } from 'vitest'

import { validateSlug } from './slug'

describe('validateSlug', () => {
  it.each(['mediation', 'send-tribunal-appeals', 'what-to-do-if', 'a1'])('accepts %j', (slug) => {
    expect(validateSlug(slug)).toBe(true)
  })

  it.each([
    '',
    'Mediation',
    'two  words',
    '-lead',
    'trail-',
    'double--hyphen',
    'ślub',
    '../etc',
    5,
    null,
  ])('rejects %j with a message', (slug) => {
    expect(validateSlug(slug)).toMatch(/lower-case/)
  })
})
