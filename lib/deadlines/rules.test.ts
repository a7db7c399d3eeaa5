import { describe, expect, it } from 'vitest'

import { calculateDeadlines } from './calculate'
import { createWorkingDayCalendar } from './calendar'
import { certificateDeadline, contactAdviserDeadline, mediationDeadline } from './rules'
import { DeadlineInputError } from './types'

const calendar = createWorkingDayCalendar()

// Regs 2014 reg 33: within 2 months after the notice was sent. Never rolled forward: on a weekend
// or bank holiday the safe day is the working day before (facts, section 8).
describe('contactAdviserDeadline (reg 33): 2 months, never moved later', () => {
  const WDB = 'working-day-before'
  it.each([
    ['working day', '2026-01-13', '2026-03-13', '2026-03-13', null],
    ['Saturday -> the Friday before', '2026-01-14', '2026-03-14', '2026-03-13', WDB],
    ['Sunday -> the Friday before', '2026-01-15', '2026-03-15', '2026-03-13', WDB],
    ['August is not moved to September', '2026-06-10', '2026-08-10', '2026-08-10', null],
    ['Sat 31 July 2027 -> Fri 30 July, not August', '2027-05-31', '2027-07-31', '2027-07-30', WDB],
    ['Christmas Day 2026 -> Thu 24 Dec', '2026-10-25', '2026-12-25', '2026-12-24', WDB],
    ['28 Dec 2026 substitute -> Thu 24 Dec', '2026-10-28', '2026-12-28', '2026-12-24', WDB],
    ['Easter Monday 2026 -> Thu 2 Apr', '2026-02-06', '2026-04-06', '2026-04-02', WDB],
    ['31 Dec + 2 months = Sunday 28 Feb', '2026-12-31', '2027-02-28', '2027-02-26', WDB],
    ['Spring bank holiday 2031 (computed)', '2031-03-26', '2031-05-26', '2031-05-23', WDB],
  ])('%s', (_why, decision, nominal, date, adjusted) => {
    expect(contactAdviserDeadline({ decision }, calendar)).toEqual({
      id: 'contactAdviser',
      date,
      ruleId: 'contact-adviser-decision-plus-2-months',
      legalBasis: 'SEND Regulations 2014, reg 33',
      adjusted,
      unadjustedDate: nominal,
      warnings: [],
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

  it('counts over computed holidays beyond the shipped list', () => {
    // Fri 29 Dec 2028 -> Tue 2 Jan, Wed 3, Thu 4 Jan 2029 (1 Jan 2029 is a Monday holiday)
    expect(certificateDeadline({ mediationEnded: '2028-12-29' }, calendar).date).toBe('2029-01-04')
  })

  it.each([
    [{ adviserTold: '2026-03-10' }, 'SEND Regulations 2014, reg 34; CFA 2014, s55(4)'],
    [{ mediationEnded: '2026-03-10' }, 'SEND Regulations 2014, reg 39; CFA 2014, s55(5)'],
  ])('cites its provision: %o', (input, legalBasis) => {
    expect(certificateDeadline(input, calendar).legalBasis).toBe(legalBasis)
  })
})

describe('mediationDeadline (reg 36; reg 35 for health): 30 calendar days, then the certificate', () => {
  it.each([
    ['March has 31 days; follow-up over Easter', '2026-03-02', '2026-04-01', '2026-04-08'],
    ['lands on a Sunday and is not moved', '2026-11-27', '2026-12-27', '2026-12-31'],
    ['leap February 2028', '2028-02-01', '2028-03-02', '2028-03-07'],
    ['in August, not moved', '2026-07-15', '2026-08-14', '2026-08-19'],
  ])('%s', (_why, councilTold, date, certificateDate) => {
    const result = mediationDeadline({ councilTold }, calendar)
    expect(result).toMatchObject({ id: 'mediation', date, adjusted: null, warnings: [] })
    expect(result.ruleId).toBe('mediation-council-told-plus-30-days')
    expect(result.legalBasis).toBe(
      'SEND Regulations 2014, reg 36 (reg 35 where health care is in issue); CFA 2014, s53',
    )
    expect(result.followUp).toMatchObject({
      id: 'certificate',
      date: certificateDate,
      ruleId: 'certificate-mediation-not-held-plus-3-working-days',
      legalBasis: 'SEND Regulations 2014, regs 36 and 37; CFA 2014, s55',
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

  it('gives no adviser deadline for an appeal about section I only (s55(3); reg 33)', () => {
    const { deadlines } = calculateDeadlines(
      { decision: '2026-01-13', certificate: '2026-03-10', appealAbout: 'placement-only' },
      calendar,
    )
    expect(Object.keys(deadlines)).toEqual(['appeal'])
    expect(deadlines.appeal?.date).toBe('2026-03-13')
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
