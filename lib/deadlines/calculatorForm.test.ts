import { describe, expect, it } from 'vitest'

import { getDefaultCalendar } from '@/lib/deadlines'

import { evaluateCalculator, markedParts } from '@/lib/deadlines/calculatorForm'

const run = (search: Record<string, string>) => evaluateCalculator(search, getDefaultCalendar())

describe('evaluateCalculator', () => {
  it('shows an empty form before anything is sent', () => {
    const state = run({})
    expect(state.submitted).toBe(false)
    expect(state.errors).toEqual([])
    expect(state.timeline).toEqual([])
  })

  it('reads day, month and year boxes and leaves blank dates out', () => {
    const state = run({
      'decision-day': '2',
      'decision-month': '3',
      'decision-year': '2026',
      'certificate-day': '',
      'certificate-month': '',
      'certificate-year': '',
    })
    expect(state.iso).toEqual({ decision: '2026-03-02' })
    // 2 May 2026 is a Saturday: the adviser by Friday 1 May; the appeal moves to Tuesday 5 May.
    expect(state.timeline.map((entry) => [entry.key, entry.result.date])).toEqual([
      ['contactAdviser', '2026-05-01'],
      ['appeal', '2026-05-05'],
    ])
  })

  it('accepts an ISO date in place of the boxes, and fills the boxes from it', () => {
    const state = run({ decision: '2026-03-02' })
    expect(state.values.decision).toEqual({ day: '2', month: '3', year: '2026' })
    expect(state.timeline).toHaveLength(2)
  })

  it.each([
    [{ 'decision-day': '2', 'decision-month': '', 'decision-year': '2026' }, 'incomplete'],
    [{ 'decision-day': '30', 'decision-month': '2', 'decision-year': '2026' }, 'invalid'],
    [{ 'decision-day': 'x', 'decision-month': '2', 'decision-year': '2026' }, 'invalid'],
    [{ 'decision-day': '1', 'decision-month': '2', 'decision-year': '26' }, 'invalid'],
  ])('reports %o as %s and keeps what was typed', (search, kind) => {
    const state = run(search)
    expect(state.errors).toMatchObject([{ field: 'decision', kind }])
    expect(state.values.decision.day).toBe(search['decision-day'])
  })

  it('marks only the month when the month is wrong, and the summary can link to it', () => {
    const state = run({ 'decision-day': '15', 'decision-month': '13', 'decision-year': '2026' })
    expect(state.errors).toEqual([{ field: 'decision', kind: 'invalid', parts: ['month'] }])
    expect(markedParts(state.errors[0])).toEqual(['month'])
  })

  it('marks the year for a date outside 2000 to 2100, and all three for an ordering error', () => {
    const range = run({
      decision: '',
      'decision-day': '1',
      'decision-month': '1',
      'decision-year': '1999',
    })
    expect(range.errors.map(markedParts)).toEqual([['year']])
    const order = run({ decision: '2026-03-02', certificate: '2026-02-01' })
    expect(order.errors.map(markedParts)).toEqual([['day', 'month', 'year']])
  })

  it('reads the appeal subject and checks it on the server', () => {
    const placement = run({
      decision: '2026-01-13',
      certificate: '2026-03-10',
      appealAbout: 'placement-only',
    })
    expect(placement.appealAbout).toBe('placement-only')
    expect(placement.timeline.map((entry) => [entry.key, entry.result.date])).toEqual([
      ['appeal', '2026-03-13'],
    ])
    const bad = run({ decision: '2026-01-13', appealAbout: 'school' })
    expect(bad.appealAbout).toBe('any')
    expect(bad.errors).toMatchObject([
      { field: 'appealAbout', kind: 'rule', error: { code: 'invalid-appeal-about' } },
    ])
  })

  it('headlines the safe date for 31 May 2027 and keeps the later reading', () => {
    const state = run({ decision: '2027-05-31' })
    const appeal = state.timeline.find((entry) => entry.key === 'appeal')!.result
    expect(appeal.date).toBe('2027-07-30')
    expect(appeal.laterReading).toMatchObject({ date: '2027-08-02', thenDate: '2027-09-01' })
  })

  it('names the missing parts of an incomplete date', () => {
    const state = run({ 'decision-day': '2', 'decision-month': '', 'decision-year': '' })
    expect(state.errors).toEqual([
      { field: 'decision', kind: 'incomplete', parts: ['month', 'year'] },
    ])
  })

  it('asks for a date when the form is sent empty', () => {
    const state = run({ 'decision-day': '', 'decision-month': '', 'decision-year': '' })
    expect(state.errors).toMatchObject([
      { field: 'decision', kind: 'rule', error: { code: 'required' } },
    ])
  })

  it('applies the law’s ordering rules', () => {
    const state = run({ decision: '2026-03-02', certificate: '2026-02-01' })
    expect(state.errors).toMatchObject([
      { field: 'certificate', kind: 'rule', error: { code: 'certificate-before-decision' } },
    ])
  })

  it('lists the mediation follow-up certificate as its own entry', () => {
    const state = run({ councilTold: '2026-01-12' })
    expect(state.timeline.map((entry) => entry.key)).toEqual(['mediation', 'mediationCertificate'])
  })
})
