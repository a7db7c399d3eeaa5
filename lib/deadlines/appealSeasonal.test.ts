import { describe, expect, it } from 'vitest'

import { createWorkingDayCalendar } from './calendar'
import { appealDeadline } from './rules'
import type { DeadlineAdjustment } from './types'

const calendar = createWorkingDayCalendar()
const AUG = 'august'
const XMAS = 'christmas'

// decision, certificate ('' = none yet), nominal r20 date, expected date, adjustment
type Row = [string, string, string, string, DeadlineAdjustment]

// HESC r12(3), settled: a nominal date in August moves to the first working day of September; one
// from 25 December to 1 January to the first working day after 1 January. Worked out by hand;
// substitute days: 28 Dec 2026, 27-28 Dec 2027, 3 Jan 2028; after 2028 the computed holidays.
const cases: Row[] = [
  ['2026-06-10', '', '2026-08-10', '2026-09-01', AUG], // Tue 1 Sep (31 Aug is a bank holiday)
  ['2026-06-30', '', '2026-08-30', '2026-09-01', AUG], // Sunday 30 Aug
  ['2025-06-25', '', '2025-08-25', '2025-09-01', AUG], // the 25 Aug 2025 bank holiday itself
  ['2027-06-15', '', '2027-08-15', '2027-09-01', AUG], // Sunday in August 2027 -> Wed 1 Sep
  ['2027-06-30', '', '2027-08-30', '2027-09-01', AUG], // 30 Aug 2027 bank holiday
  ['2028-06-30', '', '2028-08-30', '2028-09-01', AUG], // -> Fri 1 Sep 2028
  ['2024-06-14', '', '2024-08-14', '2024-09-02', AUG], // 1 Sep 2024 was a Sunday
  ['2030-06-20', '', '2030-08-20', '2030-09-02', AUG], // 1 Sep 2030 is a Sunday
  ['2026-05-01', '2026-07-20', '2026-08-20', '2026-09-01', AUG], // August by certificate
  ['2026-10-25', '', '2026-12-25', '2027-01-04', XMAS], // Christmas Day 2026 -> Mon 4 Jan
  ['2026-10-31', '', '2026-12-31', '2027-01-04', XMAS], // Thu 31 Dec 2026
  ['2025-10-29', '', '2025-12-29', '2026-01-02', XMAS], // Mon 29 Dec 2025 -> Fri 2 Jan
  ['2027-10-27', '', '2027-12-27', '2028-01-04', XMAS], // 27 Dec substitute; 3 Jan substitute
  ['2027-11-01', '', '2028-01-01', '2028-01-04', XMAS], // 1 Jan 2028 -> Tue 4 Jan
  ['2026-09-01', '2026-11-28', '2026-12-28', '2027-01-04', XMAS], // Christmas by certificate
  ['2028-10-28', '', '2028-12-28', '2029-01-02', XMAS], // beyond the shipped list: 2029 computed
  // facts s8: a nominal date itself in the period is settled, even on a weekend
  ['2029-10-30', '', '2029-12-30', '2030-01-02', XMAS], // Sun 30 Dec 2029 -> Wed 2 Jan 2030
  ['2032-10-27', '', '2032-12-27', '2033-01-04', XMAS], // 1 Jan 2033 Sat -> 3 Jan substitute
]

describe('appealDeadline: nominal date in August or at Christmas (HESC r12(3))', () => {
  it.each(cases)('decision %s, certificate %s: %s -> %s', (...row) => {
    const [decision, certificate, nominal, expected, adjusted] = row
    const result = appealDeadline({ decision, certificate: certificate || undefined }, calendar)
    expect(result).toMatchObject({ date: expected, unadjustedDate: nominal, adjusted })
    expect(result.laterReading).toBeUndefined()
    expect(result.legalBasis).toBe(
      'HESC Rules 2008, rules 12(1), 12(3)(a) and 20(1); CFA 2014, s51',
    )
  })
})

// decision, certificate, nominal, SAFE date (the headline), r12(2) date, r12(3) date, reading id.
// Facts s8: a weekend or bank holiday whose next working day is in August or the Christmas period
// is unsettled, so the headline is the working day before; the later dates are "may be later".
type Unsettled = [string, string, string, string, string, string, string]
const unsettled: Unsettled[] = [
  ['2027-05-31', '', '2027-07-31', '2027-07-30', '2027-08-02', '2027-09-01', 'rolled-into-august'],
  ['2022-05-31', '', '2022-07-31', '2022-07-29', '2022-08-01', '2022-09-01', 'rolled-into-august'],
  ['2021-05-31', '', '2021-07-31', '2021-07-30', '2021-08-02', '2021-09-01', 'rolled-into-august'],
  ['2032-05-31', '', '2032-07-31', '2032-07-30', '2032-08-02', '2032-09-01', 'rolled-into-august'],
  [
    '2022-09-01',
    '2022-11-24',
    '2022-12-24',
    '2022-12-23',
    '2022-12-28',
    '2023-01-03',
    'rolled-into-christmas',
  ], // by certificate: 24 Nov + 1 month = Sat 24 Dec
  [
    '2022-10-24',
    '',
    '2022-12-24',
    '2022-12-23',
    '2022-12-28',
    '2023-01-03',
    'rolled-into-christmas',
  ],
  [
    '2033-10-24',
    '',
    '2033-12-24',
    '2033-12-23',
    '2033-12-28',
    '2034-01-03',
    'rolled-into-christmas',
  ], // computed 2033: 2 Jan 2034 is a substitute
  [
    '2028-10-23',
    '',
    '2028-12-23',
    '2028-12-22',
    '2028-12-27',
    '2029-01-02',
    'rolled-into-christmas',
  ], // Sat 23 Dec 2028
]

describe('appealDeadline: unsettled rolls headline the safe date (facts, section 8)', () => {
  it.each(unsettled)('decision %s, cert %s: %s -> safe %s', (...row) => {
    const [decision, certificate, nominal, safe, later, then, id] = row
    const result = appealDeadline({ decision, certificate: certificate || undefined }, calendar)
    expect(result).toMatchObject({
      date: safe,
      unadjustedDate: nominal,
      adjusted: 'working-day-before',
      laterReading: { id, date: later, thenDate: then },
    })
    expect(result.legalBasis).toBe(
      'HESC Rules 2008, rules 12(1), 12(2), 12(3)(a) and 20(1); CFA 2014, s51',
    )
    expect(calendar.isWorkingDay(result.date)).toBe(true)
    expect(result.date < nominal).toBe(true)
  })
})
