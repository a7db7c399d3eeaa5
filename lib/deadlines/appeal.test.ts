import { describe, expect, it } from 'vitest'

import { createWorkingDayCalendar } from './calendar'
import { appealDeadline } from './rules'
import { DeadlineInputError, type DeadlineAdjustment, type DeadlineWarning } from './types'

const calendar = createWorkingDayCalendar()
const NWD = 'non-working-day'
const D = 'appeal-decision-plus-2-months'
const C = 'appeal-certificate-plus-1-month'

// decision, certificate ('' = none yet), nominal r20 date, expected date, adjustment, rule
type Row = [string, string, string, string, DeadlineAdjustment, typeof D | typeof C]

// HESC Rules 2008 r20(1): the later of 2 months after the decision and 1 month after the
// certificate; r12(2): a weekend or bank holiday moves to the next working day. Every expected
// date was worked out by hand from the GOV.UK list (or, after 2028, the statutory pattern).
const cases: Row[] = [
  ['2026-01-13', '', '2026-03-13', '2026-03-13', null, D], // same date, a Friday
  ['2025-10-01', '', '2025-12-01', '2025-12-01', null, D], // 1 Oct + 2 months = 1 Dec
  ['2026-12-31', '', '2027-02-28', '2027-03-01', NWD, D], // clamped to 28 Feb, a Sunday
  ['2027-12-31', '', '2028-02-29', '2028-02-29', null, D], // clamped to 29 Feb in a leap year
  ['2025-12-30', '', '2026-02-28', '2026-03-02', NWD, D], // clamped to 28 Feb, a Saturday
  ['2026-07-31', '', '2026-09-30', '2026-09-30', null, D], // 31st into a 30-day month
  ['2017-12-05', '', '2018-02-05', '2018-02-05', null, D], // early in the shipped list
  ['2031-01-06', '', '2031-03-06', '2031-03-06', null, D], // 2031: computed holidays, a Thursday
  ['2031-02-11', '', '2031-04-11', '2031-04-15', NWD, D], // Good Friday 2031 (Easter 13 Apr)
  ['2031-02-14', '', '2031-04-14', '2031-04-15', NWD, D], // Easter Monday 2031
  ['2099-10-04', '', '2099-12-04', '2099-12-04', null, D], // near the end of the range
  // certificate + 1 month against decision + 2 months: the later wins
  ['2026-01-13', '2026-03-10', '2026-04-10', '2026-04-10', null, C], // certificate later
  ['2026-01-13', '2026-01-20', '2026-03-13', '2026-03-13', null, D], // decision later
  ['2026-01-13', '2026-02-13', '2026-03-13', '2026-03-13', null, D], // a tie: decision rule
  ['2026-01-13', '2026-01-13', '2026-03-13', '2026-03-13', null, D], // certificate same day
  ['2025-12-20', '2026-01-31', '2026-02-28', '2026-03-02', NWD, C], // 31 Jan + 1 = Sat 28 Feb
  ['2027-12-01', '2028-01-31', '2028-02-29', '2028-02-29', null, C], // 31 Jan + 1 = 29 Feb
  // weekends and bank holidays: the next working day (HESC r12(2))
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

describe('appealDeadline: months, certificates and non-working days (HESC r20(1), r12(2))', () => {
  it.each(cases)('decision %s, certificate %s: %s -> %s', (...row) => {
    const [decision, certificate, nominal, expected, adjusted, ruleId] = row
    const result = appealDeadline({ decision, certificate: certificate || undefined }, calendar)
    expect(result).toMatchObject({
      id: 'appeal',
      date: expected,
      unadjustedDate: nominal,
      adjusted,
    })
    expect(result.ruleId).toBe(ruleId)
    expect(result.laterReading).toBeUndefined()
    expect(result.warnings).toEqual(certificate ? [] : ['certificate-not-yet-issued'])
    expect(result.legalBasis).toBe(
      adjusted === NWD
        ? 'HESC Rules 2008, rules 12(1), 12(2) and 20(1); CFA 2014, s51'
        : 'HESC Rules 2008, rules 12(1) and 20(1); CFA 2014, s51',
    )
  })
})

// decision, certificate, expected date, warnings. CFA 2014 s55(3): an appeal about section I only
// needs no certificate, so 1 month after a certificate never extends it (HESC r20(1)).
const placementOnly: [string, string, string, DeadlineWarning[]][] = [
  ['2026-01-13', '', '2026-03-13', []],
  ['2026-01-13', '2026-03-10', '2026-03-13', ['certificate-does-not-extend']], // not 10 April
  ['2026-01-14', '', '2026-03-16', []], // Saturday -> Monday still applies (r12(2))
  ['2026-06-10', '', '2026-09-01', []], // August still moves (r12(3))
  ['2027-05-31', '', '2027-07-30', []], // the safe date still applies
]

describe('appealDeadline: appeals about section I only (CFA 2014, s55(3))', () => {
  it.each(placementOnly)('decision %s, certificate %s -> %s', (decision, cert, date, warnings) => {
    const result = appealDeadline(
      { decision, certificate: cert || undefined, appealAbout: 'placement-only' },
      calendar,
    )
    expect(result).toMatchObject({ date, ruleId: 'appeal-placement-only-plus-2-months', warnings })
    expect(result.legalBasis).toMatch(/CFA 2014, s51 and s55\(3\)$/)
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
})
