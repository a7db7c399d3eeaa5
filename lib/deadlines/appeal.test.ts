import { describe, expect, it } from 'vitest'

import { createWorkingDayCalendar, DateOutOfRangeError } from './calendar'
import { appealDeadline } from './rules'
import { DeadlineInputError, type DeadlineAdjustment, type DeadlineWarning } from './types'

const calendar = createWorkingDayCalendar()
const NWD = 'non-working-day'
const D = 'appeal-decision-plus-2-months'
const C = 'appeal-certificate-plus-1-month'

// decision, certificate ('' = none yet), raw r20 date, expected date, adjustment, rule, warning
type Row = [
  string,
  string,
  string,
  string,
  DeadlineAdjustment,
  typeof D | typeof C,
  DeadlineWarning?,
]

// Every expected date below was worked out by hand from HESC r20 / r12 and the GOV.UK list.
const cases: Row[] = [
  ['2026-01-13', '', '2026-03-13', '2026-03-13', null, D], // same date, a Friday
  ['2025-10-01', '', '2025-12-01', '2025-12-01', null, D], // 1 Oct + 2 months = 1 Dec
  ['2026-12-31', '', '2027-02-28', '2027-03-01', NWD, D], // clamped to 28 Feb, a Sunday
  ['2027-12-31', '', '2028-02-29', '2028-02-29', null, D], // clamped to 29 Feb in a leap year
  ['2025-12-30', '', '2026-02-28', '2026-03-02', NWD, D], // clamped to 28 Feb, a Saturday
  ['2026-07-31', '', '2026-09-30', '2026-09-30', null, D], // 31st into a 30-day month
  ['2017-12-05', '', '2018-02-05', '2018-02-05', null, D], // decision before the file; fine
  // certificate + 1 month against decision + 2 months: the later wins
  ['2026-01-13', '2026-03-10', '2026-04-10', '2026-04-10', null, C], // certificate later
  ['2026-01-13', '2026-01-20', '2026-03-13', '2026-03-13', null, D], // decision later
  ['2026-01-13', '2026-02-13', '2026-03-13', '2026-03-13', null, D], // a tie: decision rule
  ['2026-01-13', '2026-01-13', '2026-03-13', '2026-03-13', null, D], // certificate same day
  ['2025-12-20', '2026-01-31', '2026-02-28', '2026-03-02', NWD, C], // 31 Jan + 1 = Sat 28 Feb
  ['2027-12-01', '2028-01-31', '2028-02-29', '2028-02-29', null, C], // 31 Jan + 1 = 29 Feb
  // weekends and bank holidays: the next working day (HESC r12)
  ['2026-01-14', '', '2026-03-14', '2026-03-16', NWD, D], // Saturday -> Monday
  ['2026-01-15', '', '2026-03-15', '2026-03-16', NWD, D], // Sunday -> Monday
  ['2026-02-03', '', '2026-04-03', '2026-04-07', NWD, D], // Good Friday -> Tue after Easter Mon
  ['2027-01-26', '', '2027-03-26', '2027-03-30', NWD, D], // Good Friday 2027
  ['2027-01-29', '', '2027-03-29', '2027-03-30', NWD, D], // Easter Monday 2027
  ['2026-03-04', '', '2026-05-04', '2026-05-05', NWD, D], // Early May 2026
  ['2027-03-31', '', '2027-05-31', '2027-06-01', NWD, D], // Spring 2027 (31 May)
  ['2026-03-01', '2026-04-25', '2026-05-25', '2026-05-26', NWD, C], // Spring 2026, by certificate
  ['2028-05-30', '', '2028-07-30', '2028-07-31', NWD, D], // Sun 30 Jul -> Mon 31 Jul: July still
  ['2026-10-24', '', '2026-12-24', '2026-12-24', null, D], // 24 Dec is a working day
  ['2026-11-02', '', '2027-01-02', '2027-01-04', NWD, D], // Sat 2 Jan is after the Christmas period
]

describe('appealDeadline: months, certificates and non-working days', () => {
  it.each(cases)('decision %s, certificate %s: %s -> %s', (...row) => {
    const [decision, certificate, raw, expected, adjusted, ruleId, warning] = row
    const result = appealDeadline({ decision, certificate: certificate || undefined }, calendar)
    expect(result).toMatchObject({ id: 'appeal', date: expected, unadjustedDate: raw, adjusted })
    expect(result.ruleId).toBe(ruleId)
    const noCertificate = certificate ? [] : ['certificate-not-yet-issued']
    expect(result.warnings).toEqual([...(warning ? [warning] : []), ...noCertificate])
    expect(result.legalBasis).toMatch(/^HESC Rules 2008, rules? (12 and )?20/)
  })
})

describe('appealDeadline: bad input', () => {
  it('rejects a certificate dated before the decision', () => {
    const call = () =>
      appealDeadline({ decision: '2026-03-10', certificate: '2026-03-09' }, calendar)
    expect(call).toThrow(DeadlineInputError)
    expect(call).toThrow(
      expect.objectContaining({ field: 'certificate', code: 'certificate-before-decision' }),
    )
  })

  it.each([
    ['decision', { decision: '2026-02-30' }, 'invalid-date'],
    ['decision', { decision: '' }, 'required'],
    ['certificate', { decision: '2026-02-03', certificate: 'soon' }, 'invalid-date'],
  ] as const)('reports %s as %s', (field, input, code) => {
    expect(() => appealDeadline(input, calendar)).toThrow(expect.objectContaining({ field, code }))
  })

  it('cites rule 12 as well when the date rolled to the next working day', () => {
    const result = appealDeadline({ decision: '2026-01-14' }, calendar)
    expect(result.legalBasis).toBe('HESC Rules 2008, rules 12 and 20; CFA 2014, s51')
  })

  it('throws DateOutOfRangeError naming the raw date', () => {
    const call = () => appealDeadline({ decision: '2028-12-15' }, calendar)
    expect(call).toThrow(DateOutOfRangeError)
    expect(call).toThrow(expect.objectContaining({ date: '2029-02-15' }))
  })
})
