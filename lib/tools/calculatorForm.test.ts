import { describe, expect, it } from 'vitest'

import { getDefaultCalendar } from '@/lib/deadlines'

import { evaluateCalculator } from './calculatorForm'

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
    expect(state.timeline.map((entry) => [entry.key, entry.result.date])).toEqual([
      ['contactAdviser', '2026-05-02'],
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
