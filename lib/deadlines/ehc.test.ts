import { describe, expect, it } from 'vitest'

import { createWorkingDayCalendar } from './calendar'
import {
  amendmentDeadlines,
  calculateEhcDeadlines,
  discriminationDeadline,
  draftCommentsDeadline,
  EhcInputError,
  judicialReviewDeadline,
  ombudsmanDeadline,
  recommendationDeadline,
  requestDeadlines,
  reviewDeadlines,
  validateEhcInput,
} from './ehc'

const calendar = createWorkingDayCalendar()
const WDB = 'working-day-before'

// SEND Regs 2014 regs 5(1), 10(1), 13(2): "within 6/16/20 weeks of" receiving the request. The
// council's duties are calendar weeks and never move: August, bank holidays and Christmas count.
describe('requestDeadlines: 6, 16 and 20 weeks from the request (regs 5(1), 10(1), 13(2))', () => {
  it.each([
    [
      'a Monday: Mondays 6, 16, 20 weeks on',
      '2026-03-02',
      '2026-04-13',
      '2026-06-22',
      '2026-07-20',
    ],
    ['6 weeks end in August, not moved', '2026-07-01', '2026-08-12', '2026-10-21', '2026-11-18'],
    [
      '6 weeks end on Christmas Day, not moved',
      '2026-11-13',
      '2026-12-25',
      '2027-03-05',
      '2027-04-02',
    ],
    ['20 weeks over Good Friday 2027', '2027-02-26', '2027-04-09', '2027-06-18', '2027-07-16'],
    ['6 weeks end on 29 February 2028', '2028-01-18', '2028-02-29', '2028-05-09', '2028-06-06'],
    ['over a year end', '2026-12-31', '2027-02-11', '2027-04-22', '2027-05-20'],
  ])('%s', (_why, request, decision, noPlan, finalPlan) => {
    const [a, b, c] = requestDeadlines(request)
    expect(a).toMatchObject({ id: 'assessmentDecision', date: decision, adjusted: null })
    expect(a.legalBasis).toBe('SEND Regulations 2014, reg 5(1) (exceptions: reg 5(4))')
    expect(b).toMatchObject({ id: 'noPlanDecision', date: noPlan, actor: 'council' })
    expect(b.legalBasis).toMatch(/reg 10\(1\)/)
    expect(c).toMatchObject({ id: 'finalPlan', date: finalPlan, unadjustedDate: finalPlan })
    expect(c.legalBasis).toMatch(/reg 13\(2\)/)
  })
})

// Reg 13(1)(a): "at least 15 days, beginning with the day on which the draft plan was served": the
// day of the letter is day 1, so the 15th day is 14 days later. The family's last day: on a weekend
// or bank holiday, the working day before.
describe('draftCommentsDeadline: 15 days beginning with the draft (reg 13(1)(a))', () => {
  it.each([
    ['Monday -> Monday 2 weeks on', '2026-03-02', '2026-03-16', '2026-03-16', null],
    ['dated on a Saturday -> Friday', '2026-03-07', '2026-03-21', '2026-03-20', WDB],
    ['Easter Monday, Good Friday -> Thursday', '2026-03-23', '2026-04-06', '2026-04-02', WDB],
    ['month end: Saturday 28 February', '2026-02-14', '2026-02-28', '2026-02-27', WDB],
    ['leap day 2028 is a Tuesday', '2028-02-15', '2028-02-29', '2028-02-29', null],
    ['Christmas Day 2026 -> Thursday 24', '2026-12-11', '2026-12-25', '2026-12-24', WDB],
    ['August bank holiday 2026 -> Friday 28', '2026-08-17', '2026-08-31', '2026-08-28', WDB],
    ['August itself is a normal month', '2026-08-03', '2026-08-17', '2026-08-17', null],
  ])('%s', (_why, draft, nominal, date, adjusted) => {
    expect(draftCommentsDeadline(draft, calendar)).toEqual({
      id: 'draftComments',
      from: 'draftPlan',
      date,
      unadjustedDate: nominal,
      adjusted,
      actor: 'family',
      ruleId: 'draft-comments-draft-plus-15-days',
      legalBasis: 'SEND Regulations 2014, reg 13(1)(a); CFA 2014, s38(2)',
      warnings: [],
    })
  })
})

// Reg 20(7), 20(10), 22(3) and R (L, M and P) v Devon CC [2022] EWHC 493 (Admin).
describe('reviewDeadlines: report 2 weeks, decision 4 weeks, final plan 12 weeks', () => {
  it.each([
    ['a Monday', '2026-03-02', '2026-03-16', '2026-03-30', '2026-05-25'],
    ['over the summer holiday, not moved', '2026-07-01', '2026-07-15', '2026-07-29', '2026-09-23'],
    ['over Christmas', '2026-12-09', '2026-12-23', '2027-01-06', '2027-03-03'],
  ])('%s', (_why, meeting, report, decision, plan) => {
    const clocks = reviewDeadlines(meeting)
    expect(clocks.map((c) => [c.id, c.date, c.actor])).toEqual([
      ['reviewReport', report, 'school'],
      ['reviewDecision', decision, 'council'],
      ['amendedPlan', plan, 'council'],
    ])
    expect(clocks[0].legalBasis).toMatch(/reg 20\(7\) and \(8\)/)
    expect(clocks[1].legalBasis).toMatch(/regs 20\(10\) and 22\(2\).*Devon/)
    expect(clocks[2].ruleId).toBe('amended-plan-meeting-plus-12-weeks')
  })

  it('leaves the final plan to the notice once the proposed changes have been sent', () => {
    expect(reviewDeadlines('2026-03-02', '2026-03-30').map((c) => c.id)).toEqual([
      'reviewReport',
      'reviewDecision',
    ])
  })
})

describe('amendmentDeadlines: 15 days to comment (reg 22(2)(c)), final plan 8 weeks (22(3))', () => {
  it.each([
    [
      'on time (4 weeks after the meeting)',
      '2026-03-30',
      '2026-03-02',
      '2026-04-13',
      '2026-05-25',
      [],
    ],
    [
      'a day late',
      '2026-03-31',
      '2026-03-02',
      '2026-04-14',
      '2026-05-26',
      ['review-decision-late'],
    ],
    ['no meeting date given', '2026-03-31', undefined, '2026-04-14', '2026-05-26', []],
    [
      'comments end on Saturday 1 August 2026',
      '2026-07-18',
      undefined,
      '2026-07-31',
      '2026-09-12',
      [],
    ],
  ])('%s', (_why, notice, meeting, comments, plan, warnings) => {
    const [family, council] = amendmentDeadlines(notice, calendar, meeting)
    expect(family).toMatchObject({ id: 'amendmentComments', date: comments, actor: 'family' })
    expect(family.legalBasis).toBe('SEND Regulations 2014, reg 22(2)(c)')
    expect(council).toMatchObject({ id: 'amendedPlan', date: plan, warnings })
    expect(council.legalBasis).toBe('SEND Regulations 2014, reg 22(3)')
  })
})

describe('recommendationDeadline: a written answer within 5 weeks (SI 2017/1306)', () => {
  it.each([
    ['a Monday', '2026-03-02', '2026-04-06'],
    ['over New Year, not moved', '2026-11-27', '2027-01-01'],
    ['in August', '2026-07-10', '2026-08-14'],
  ])('%s', (_why, recommendation, date) => {
    expect(recommendationDeadline(recommendation)).toMatchObject({
      id: 'recommendationResponse',
      date,
      actor: 'health-or-care',
      legalBasis: expect.stringMatching(/SI 2017\/1306/),
    })
  })
})

// LGA 1974 s26B(1): 12 months beginning with the day the family first knew, so the day before the
// same date a year on (the last day of a short month when there is none).
describe('ombudsmanDeadline: 12 months beginning with the day you knew (LGA 1974 s26B)', () => {
  it.each([
    ['a Monday', '2026-03-02', '2027-03-01', '2027-03-01', null],
    ['ends on a Sunday -> Friday', '2026-03-15', '2027-03-14', '2027-03-12', WDB],
    ['to a leap year: Sunday 27 February', '2027-02-28', '2028-02-27', '2028-02-25', WDB],
    ['from 29 February 2028', '2028-02-29', '2029-02-27', '2029-02-27', null],
    ['Christmas Day 2027 (Saturday)', '2026-12-26', '2027-12-25', '2027-12-24', WDB],
    ['1 January -> 31 December', '2026-01-01', '2026-12-31', '2026-12-31', null],
  ])('%s', (_why, noticed, nominal, date, adjusted) => {
    expect(ombudsmanDeadline(noticed, calendar)).toMatchObject({
      id: 'ombudsman',
      date,
      unadjustedDate: nominal,
      adjusted,
      legalBasis: 'Local Government Act 1974, s26B(1) and (2)',
    })
  })
})

describe('judicialReviewDeadline: promptly, and not later than 3 months (CPR 54.5(1))', () => {
  it.each([
    ['a Monday', '2026-03-02', '2026-06-02', '2026-06-02', null],
    ['30 November -> Sunday 28 February -> Friday', '2026-11-30', '2027-02-28', '2027-02-26', WDB],
    ['August bank holiday 2026 -> Friday 28', '2026-05-31', '2026-08-31', '2026-08-28', WDB],
    ['27 December 2027 substitute day -> Friday 24', '2027-09-27', '2027-12-27', '2027-12-24', WDB],
  ])('%s', (_why, arose, nominal, date, adjusted) => {
    expect(judicialReviewDeadline(arose, calendar)).toMatchObject({
      id: 'judicialReview',
      date,
      unadjustedDate: nominal,
      adjusted,
      warnings: ['promptly'],
      legalBasis: 'Civil Procedure Rules, r54.5(1)',
    })
  })
})

// Equality Act 2010 Sch 17 para 4(1): 6 months starting with the conduct. HESC r12(3) (August,
// Christmas) is for SEN appeals only; r12(2) is a later reading, never the headline.
describe('discriminationDeadline: 6 months starting with the conduct (EqA Sch 17 para 4)', () => {
  it.each([
    ['a Monday', '2026-03-02', '2026-09-01', '2026-09-01', null, undefined],
    [
      'in August, not moved to September',
      '2026-02-14',
      '2026-08-13',
      '2026-08-13',
      null,
      undefined,
    ],
    ['August bank holiday', '2026-03-01', '2026-08-31', '2026-08-28', WDB, '2026-09-01'],
    [
      '31 August -> Saturday 27 February',
      '2026-08-31',
      '2027-02-27',
      '2027-02-26',
      WDB,
      '2027-03-01',
    ],
    ['Christmas Day 2026', '2026-06-26', '2026-12-25', '2026-12-24', WDB, '2026-12-29'],
  ])('%s', (_why, conduct, nominal, date, adjusted, later) => {
    const result = discriminationDeadline(conduct, calendar)
    expect(result).toMatchObject({
      id: 'discriminationClaim',
      date,
      unadjustedDate: nominal,
      adjusted,
    })
    expect(result.laterReading?.date).toBe(later)
    expect(result.legalBasis).toMatch(/Equality Act 2010, Sch 17 para 4\(1\) and \(3\)/)
  })
})

describe('calculateEhcDeadlines and validateEhcInput', () => {
  it('puts every clock the dates allow in date order', () => {
    const clocks = calculateEhcDeadlines(
      { request: '2026-03-02', draftPlan: '2026-06-01', unlawfulAct: '2026-03-02' },
      calendar,
    )
    expect(clocks.map((c) => [c.id, c.date])).toEqual(
      [
        ['assessmentDecision', '2026-04-13'],
        ['draftComments', '2026-06-15'],
        ['noPlanDecision', '2026-06-22'],
        ['judicialReview', '2026-06-02'],
        ['finalPlan', '2026-07-20'],
      ].sort((a, b) => a[1].localeCompare(b[1])),
    )
  })

  it('counts the final amended plan from the notice when both review dates are given', () => {
    const clocks = calculateEhcDeadlines(
      { reviewMeeting: '2026-03-02', amendmentNotice: '2026-04-06' },
      calendar,
    )
    expect(clocks.filter((c) => c.id === 'amendedPlan')).toEqual([
      expect.objectContaining({ date: '2026-06-01', warnings: ['review-decision-late'] }),
    ])
  })

  it.each([
    [{ request: '2026-13-01' }, 'request', 'invalid-date'],
    [{ request: ' ' }, 'request', 'empty'],
    [{ draftPlan: '1999-12-31' }, 'draftPlan', 'out-of-range'],
    [{ request: '2026-03-02', draftPlan: '2026-03-01' }, 'draftPlan', 'before-request'],
    [
      { reviewMeeting: '2026-03-02', amendmentNotice: '2026-02-01' },
      'amendmentNotice',
      'before-review-meeting',
    ],
  ])('rejects %j: %s %s', (raw, field, code) => {
    expect(validateEhcInput(raw, calendar)).toEqual({ ok: false, errors: [{ field, code }] })
  })

  it('accepts trimmed dates and ignores other parameters', () => {
    expect(validateEhcInput({ request: ' 2026-03-02 ', decision: 'x' }, calendar)).toEqual({
      ok: true,
      value: { request: '2026-03-02' },
    })
  })

  it('throws EhcInputError for an impossible order', () => {
    expect(() =>
      calculateEhcDeadlines({ request: '2026-03-02', draftPlan: '2026-03-01' }, calendar),
    ).toThrow(EhcInputError)
  })
})
