import { describe, expect, it } from 'vitest'

import { calculateDeadlines } from './calculate'
import { createWorkingDayCalendar, DateOutOfRangeError } from './calendar'
import { certificateDeadline, contactAdviserDeadline, mediationDeadline } from './rules'
import { DeadlineInputError } from './types'

const calendar = createWorkingDayCalendar()

describe('contactAdviserDeadline (reg 33): 2 months, never moved', () => {
  it.each([
    ['working day', '2026-01-13', '2026-03-13', []],
    [
      'Saturday stays Saturday, with a warning',
      '2026-01-14',
      '2026-03-14',
      ['deadline-on-non-working-day'],
    ],
    ['August is not moved to September', '2026-06-10', '2026-08-10', []],
    ['Christmas Day is not moved', '2026-10-25', '2026-12-25', ['deadline-on-non-working-day']],
    [
      '31 Dec + 2 months = Sunday 28 Feb',
      '2026-12-31',
      '2027-02-28',
      ['deadline-on-non-working-day'],
    ],
  ])('%s', (_why, decision, date, warnings) => {
    expect(contactAdviserDeadline({ decision }, calendar)).toEqual({
      id: 'contactAdviser',
      date,
      ruleId: 'contact-adviser-decision-plus-2-months',
      legalBasis: 'SEND Regulations 2014, reg 33',
      adjusted: null,
      unadjustedDate: date,
      warnings,
    })
  })
})

describe('certificateDeadline: 3 working days after the later event', () => {
  const told = 'certificate-adviser-told-plus-3-working-days'
  const ended = 'certificate-mediation-ended-plus-3-working-days'
  it.each([
    ['Tue -> Fri', { adviserTold: '2026-03-10' }, '2026-03-13', told],
    ['Thu -> next Tue over a weekend', { adviserTold: '2026-03-12' }, '2026-03-17', told],
    ['told on a Saturday', { adviserTold: '2026-03-14' }, '2026-03-18', told],
    ['over Good Friday and Easter Monday 2026', { adviserTold: '2026-04-02' }, '2026-04-09', told],
    ['over Early May 2027', { adviserTold: '2027-04-29' }, '2027-05-05', told],
    ['August counts as normal', { adviserTold: '2026-08-10' }, '2026-08-13', told],
    ['over the 31 Aug 2026 bank holiday', { adviserTold: '2026-08-27' }, '2026-09-02', told],
    ['over Christmas 2026 (28 Dec substitute)', { adviserTold: '2026-12-23' }, '2026-12-30', told],
    ['over Christmas 2027 (27, 28 Dec)', { mediationEnded: '2027-12-23' }, '2027-12-30', ended],
    [
      'over New Year 2028 (3 Jan substitute)',
      { mediationEnded: '2027-12-30' },
      '2028-01-05',
      ended,
    ],
    [
      'later event is mediation ending',
      { adviserTold: '2026-03-02', mediationEnded: '2026-03-10' },
      '2026-03-13',
      ended,
    ],
    [
      'later event is telling the adviser',
      { adviserTold: '2026-03-12', mediationEnded: '2026-03-10' },
      '2026-03-17',
      told,
    ],
  ])('%s', (_why, input, date, ruleId) => {
    expect(certificateDeadline(input, calendar)).toMatchObject({ id: 'certificate', date, ruleId })
  })

  it('needs at least one event', () => {
    expect(() => certificateDeadline({}, calendar)).toThrow(DeadlineInputError)
  })

  it('throws past the end of the file', () => {
    expect(() => certificateDeadline({ mediationEnded: '2028-12-29' }, calendar)).toThrow(
      DateOutOfRangeError,
    )
  })
})

describe('mediationDeadline (reg 37): 30 calendar days, then the certificate', () => {
  it.each([
    ['March has 31 days; follow-up over Easter', '2026-03-02', '2026-04-01', '2026-04-08'],
    ['lands on a Sunday and is not moved', '2026-11-27', '2026-12-27', '2026-12-31'],
    ['leap February 2028', '2028-02-01', '2028-03-02', '2028-03-07'],
    ['in August, not moved', '2026-07-15', '2026-08-14', '2026-08-19'],
  ])('%s', (_why, councilTold, date, certificateDate) => {
    const result = mediationDeadline({ councilTold }, calendar)
    expect(result).toMatchObject({ id: 'mediation', date, adjusted: null, warnings: [] })
    expect(result.ruleId).toBe('mediation-council-told-plus-30-days')
    expect(result.followUp).toMatchObject({
      id: 'certificate',
      date: certificateDate,
      ruleId: 'certificate-mediation-not-held-plus-3-working-days',
    })
  })
})

describe('calculateDeadlines', () => {
  it('returns every deadline the dates allow', () => {
    const { deadlines } = calculateDeadlines(
      { decision: '2026-01-13', certificate: '2026-03-10', adviserTold: '2026-03-05' },
      calendar,
    )
    expect(Object.keys(deadlines).sort()).toEqual(['appeal', 'certificate', 'contactAdviser'])
    expect(deadlines.appeal?.date).toBe('2026-04-10')
    expect(deadlines.certificate?.date).toBe('2026-03-10')
    expect(deadlines.contactAdviser?.date).toBe('2026-03-13')
  })

  it('gives only the mediation deadline from councilTold alone', () => {
    const { deadlines } = calculateDeadlines({ councilTold: '2026-03-02' }, calendar)
    expect(Object.keys(deadlines)).toEqual(['mediation'])
  })

  it('uses the bundled calendar by default', () => {
    expect(calculateDeadlines({ decision: '2026-06-10' }).deadlines.appeal?.date).toBe('2026-09-01')
  })

  it.each([
    [
      { decision: '2026-03-10', certificate: '2026-03-01' },
      'certificate',
      'certificate-before-decision',
    ],
    [{ certificate: '2026-03-01' }, 'certificate', 'requires-decision'],
    [
      { councilTold: '2026-03-10', mediationEnded: '2026-03-01' },
      'mediationEnded',
      'mediation-ended-before-council-told',
    ],
  ])('throws on impossible order %#', (input, field, code) => {
    expect(() => calculateDeadlines(input, calendar)).toThrow(
      expect.objectContaining({ field, code }),
    )
  })
})
