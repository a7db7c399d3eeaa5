import { describe, expect, it } from 'vitest'

import { PROBLEM_MAX_LENGTH } from './formState'
import { validateFeedback } from './validate'

const form = (fields: Record<string, string>) => new URLSearchParams(fields)

describe('validateFeedback', () => {
  it.each([
    // [fields, expected outcome]
    [{ kind: 'useful', page: '/en' }, 'ok'],
    [{ kind: 'notUseful', page: '/pl/resolving-a-disagreement/mediation' }, 'ok'],
    [{ kind: 'problem', page: '/ur/glossary', problem: 'The phone number is wrong' }, 'ok'],
    [{ kind: 'problem', page: '/en', problem: '   ' }, 'problemRequired'],
    [{ kind: 'problem', page: '/en', problem: '\u202e\u200f' }, 'problemRequired'],
    [
      { kind: 'problem', page: '/en', problem: 'x'.repeat(PROBLEM_MAX_LENGTH + 1) },
      'problemTooLong',
    ],
    [{ kind: 'problem', page: '/en', problem: ` ${'x'.repeat(PROBLEM_MAX_LENGTH)} ` }, 'ok'],
    [{ kind: 'maybe', page: '/en' }, 'malformed'],
    [{ kind: 'useful', page: '' }, 'malformed'],
    [{ kind: 'useful', page: '/de/page' }, 'malformed'],
    [{ kind: 'useful', page: '//evil.example/en' }, 'malformed'],
    [{ kind: 'useful', page: 'https://evil.example/en' }, 'malformed'],
    [{ kind: 'useful', page: '/en?q=1' }, 'malformed'],
    [{ kind: 'useful', page: `/en/${'a'.repeat(300)}` }, 'malformed'],
    [{ page: '/en' }, 'malformed'],
  ])('%j -> %s', (fields, expected) => {
    const result = validateFeedback(form(fields))
    const outcome = result.ok ? 'ok' : result.reason === 'invalid' ? result.error : result.reason
    expect(outcome).toBe(expected)
  })

  it('stores the locale from the path and the problem without invisible characters', () => {
    const result = validateFeedback(
      form({ kind: 'problem', page: '/pl/search', problem: ' Zły\u202e link\n ' }),
    )
    expect(result).toEqual({
      ok: true,
      feedback: { kind: 'problem', locale: 'pl', page: '/pl/search', problem: 'Zły link' },
    })
  })

  it('hands back the problem as typed when it is refused, so nothing is lost', () => {
    const typed = 'y'.repeat(PROBLEM_MAX_LENGTH + 5)
    const result = validateFeedback(form({ kind: 'problem', page: '/en', problem: typed }))
    expect(result).toMatchObject({ ok: false, problem: typed })
  })

  it('ignores a problem sent with a yes or no answer', () => {
    const result = validateFeedback(form({ kind: 'useful', page: '/en', problem: 'x' }))
    expect(result).toMatchObject({ ok: true, feedback: { problem: '' } })
  })
})
