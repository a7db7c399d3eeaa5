import { describe, expect, it } from 'vitest'

import { getDefaultCalendar } from '@/lib/deadlines'

import { evaluateTimeline, NEXT_STAGES, TIMELINE_STAGES } from '@/lib/deadlines/timelineForm'

const calendar = getDefaultCalendar()
const boxes = (stage: string, day: string, month: string, year: string) => ({
  stage,
  'date-day': day,
  'date-month': month,
  'date-year': year,
})

describe('evaluateTimeline', () => {
  it('shows the form alone before anything is submitted', () => {
    expect(evaluateTimeline({}, calendar)).toMatchObject({
      submitted: false,
      errors: [],
      entries: [],
    })
  })

  // Each stage, its first clocks and their dates (the rules' own tables are in lib/deadlines).
  it.each([
    [
      'request',
      ['assessmentDecision:2026-04-13', 'noPlanDecision:2026-06-22', 'finalPlan:2026-07-20'],
    ],
    ['draftPlan', ['draftComments:2026-03-16']],
    [
      'reviewMeeting',
      ['reviewReport:2026-03-16', 'reviewDecision:2026-03-30', 'amendedPlan:2026-05-25'],
    ],
    ['amendmentNotice', ['amendmentComments:2026-03-16', 'amendedPlan:2026-04-27']],
    ['decision', ['contactAdviser:2026-05-01', 'appeal:2026-05-05']],
    ['recommendation', ['recommendationResponse:2026-04-06']],
    ['ombudsmanNoticed', ['ombudsman:2027-03-01']],
    ['unlawfulAct', ['judicialReview:2026-06-02']],
    ['discrimination', ['discriminationClaim:2026-09-01']],
  ])('stage %s on Monday 2 March 2026 gives %j', (stage, expected) => {
    const state = evaluateTimeline(boxes(stage, '2', '3', '2026'), calendar)
    expect(state.errors).toEqual([])
    expect(state.iso).toBe('2026-03-02')
    expect(state.entries.map((entry) => `${entry.key}:${entry.date}`)).toEqual(expected)
  })

  it('preselects the stage of an "after that" link without reporting the missing date', () => {
    expect(evaluateTimeline({ stage: 'draftPlan' }, calendar)).toMatchObject({
      submitted: false,
      stage: 'draftPlan',
      errors: [],
    })
  })

  it('reads an ISO date from a shared link', () => {
    const state = evaluateTimeline({ stage: 'request', date: '2026-03-02' }, calendar)
    expect(state.value).toEqual({ day: '2', month: '3', year: '2026' })
    expect(state.entries).toHaveLength(3)
  })

  it.each([
    [
      { 'date-day': '2', 'date-month': '3', 'date-year': '2026' },
      [{ field: 'stage', kind: 'required' }],
    ],
    [boxes('nonsense', '2', '3', '2026'), [{ field: 'stage', kind: 'required' }]],
    [
      boxes('request', '', '3', ''),
      [{ field: 'date', kind: 'incomplete', parts: ['day', 'year'] }],
    ],
    [boxes('request', '30', '2', '2026'), [{ field: 'date', kind: 'invalid', parts: ['day'] }]],
    [
      boxes('request', '2', '13', '26'),
      [{ field: 'date', kind: 'invalid', parts: ['month', 'year'] }],
    ],
    [boxes('request', '2', '3', '1999'), [{ field: 'date', kind: 'out-of-range' }]],
    [
      { stage: 'request', date: '2026-02-30' },
      [{ field: 'date', kind: 'incomplete', parts: ['day', 'month', 'year'] }],
    ],
  ])('reports %j as %j', (search, errors) => {
    const state = evaluateTimeline(search, calendar)
    expect(state.errors).toEqual(errors)
    expect(state.entries).toEqual([])
  })

  it('offers only real stages as what comes next', () => {
    for (const next of Object.values(NEXT_STAGES).flat()) expect(TIMELINE_STAGES).toContain(next)
  })
})
