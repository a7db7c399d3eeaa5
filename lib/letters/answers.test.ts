import { describe, expect, it } from 'vitest'

import {
  answersQuery,
  checkAnswer,
  firstProblem,
  nextStep,
  previousStep,
  questionsFor,
  readAnswers,
} from './answers'
import type { Answers, QuestionId } from './definitions'

const context = {
  today: '2026-11-30',
  councilCodes: ['E08000014'],
  adviserSlugs: ['global-mediation'],
}

describe('checkAnswer', () => {
  it.each<[QuestionId, Answers, string | undefined]>([
    ['council', { council: 'E08000014' }, undefined],
    ['council', { council: 'E09999999' }, 'invalid'],
    ['council', {}, 'required'],
    ['adviser', { adviser: 'global-mediation' }, undefined],
    ['adviser', { adviser: 'someone-else' }, 'invalid'],
    ['name', { name: 'Anna Kowalska' }, undefined],
    ['name', { name: 'a'.repeat(101) }, 'too-long'],
    ['name', { name: 'Anna\u0000' }, 'invalid'],
    ['name', { name: '\u202eevil' }, 'invalid'],
    ['address', { address: '1 High Street\nBootle' }, undefined],
    ['address', { address: 'x'.repeat(301) }, 'too-long'],
    ['reasons', { reasons: 'x'.repeat(2000) }, undefined],
    ['reasons', { reasons: 'x'.repeat(2001) }, 'too-long'],
    ['dob', { dob: '2015-04-01' }, undefined],
    ['dob', { dob: '1899-12-31' }, 'too-early'],
    ['dob', { dob: '2026-12-01' }, 'future'],
    ['dob', { dob: 'invalid' }, 'invalid'],
    ['decision', { decision: '2026-11-30' }, undefined],
    ['mediation', { mediation: 'yes' }, undefined],
    ['mediation', { mediation: 'maybe' }, 'invalid'],
    ['care', { care: 'both' }, undefined],
    // The 6 weeks from 1 October end on 12 November: missed. From 19 October: 30 November, not yet.
    ['limit', { requested: '2026-10-01', limit: '6-weeks' }, undefined],
    ['limit', { requested: '2026-10-19', limit: '6-weeks' }, 'not-missed-yet'],
    ['limit', { requested: '2026-07-13', limit: '20-weeks' }, 'not-missed-yet'],
    ['limit', { requested: '2026-07-12', limit: '20-weeks' }, undefined],
  ])('%s with %o: %s', (id, answers, code) => {
    expect(checkAnswer(id, answers, context)?.code).toBe(code)
  })

  it('gives the council’s last day when the limit has not passed yet', () => {
    expect(checkAnswer('limit', { requested: '2026-10-19', limit: '6-weeks' }, context)).toEqual({
      code: 'not-missed-yet',
      due: '2026-11-30',
    })
  })
})

describe('reading answers', () => {
  it.each([
    [{ 'dob-day': '1', 'dob-month': '4', 'dob-year': '2015' }, '2015-04-01'],
    [{ dob: '2015-04-01' }, '2015-04-01'],
    [{ 'dob-day': '31', 'dob-month': '4', 'dob-year': '2015' }, undefined],
    [{ dob: '2015-4-1' }, 'invalid'],
    [{}, undefined],
  ])('date %o reads as %s', (search, expected) => {
    expect(readAnswers(search).dob).toBe(expected)
  })

  it('trims, takes the first value, normalises line ends and ignores unknown names', () => {
    expect(readAnswers({ name: [' Anna ', 'B'], address: 'a\r\nb', extra: 'x' })).toEqual({
      name: 'Anna',
      address: 'a\nb',
    })
  })
})

describe('the questions and the address', () => {
  it.each([
    [{ mediation: 'yes' }, true],
    [{ mediation: 'no' }, false],
  ])('asks for the issues only when mediation is wanted (%o)', (answers, asked) => {
    expect(questionsFor('mediation-certificate', answers).includes('issues')).toBe(asked)
  })

  it('carries only this letter’s answers, leaving out the one being asked', () => {
    const answers = { council: 'E08000014', name: 'A', provision: 'OT', reasons: 'x' }
    expect(answersQuery('deliver-section-f', answers, 'name')).toBe(
      '?council=E08000014&provision=OT',
    )
  })

  it('finds the first question to ask again', () => {
    const answers = { council: 'E08000014', name: 'A', address: 'B', child: 'C', dob: '2030-01-01' }
    expect(firstProblem('early-review', answers, context)).toEqual({
      id: 'dob',
      error: { code: 'future' },
    })
    expect(
      firstProblem('early-review', { ...answers, dob: '2020-01-01', reasons: 'R' }, context),
    ).toBeUndefined()
  })
})

describe('steps', () => {
  it.each([
    ['council', [], 'adviser'],
    ['council', ['adviser'], 'name'],
    ['mediation', [], 'your-letter'], // mediation 'no': no issues question
  ] as const)('after %s (skipping %o) comes %s', (current, skip, next) => {
    expect(nextStep('mediation-certificate', { mediation: 'no' }, current, skip)).toBe(next)
  })

  it.each([
    ['council', [], undefined],
    ['name', [], 'adviser'],
    ['name', ['adviser'], 'council'],
    ['your-letter', [], 'issues'],
  ] as const)('before %s (skipping %o) comes %s', (current, skip, previous) => {
    expect(previousStep('mediation-certificate', { mediation: 'yes' }, current, skip)).toBe(
      previous,
    )
  })
})
