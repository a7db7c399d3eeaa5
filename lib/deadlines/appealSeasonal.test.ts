import { describe, expect, it } from 'vitest'

import { createWorkingDayCalendar, DateOutOfRangeError } from './calendar'
import { appealDeadline } from './rules'
import type { DeadlineAdjustment, DeadlineWarning } from './types'

const calendar = createWorkingDayCalendar()
const AUG = 'august'
const XMAS = 'christmas'
const JULY = 'july-weekend-rolled-into-august'
const DEC = 'weekend-rolled-into-christmas-period'

// decision, certificate ('' = none yet), raw r20 date, expected date, adjustment, warning
type Row = [string, string, string, string, DeadlineAdjustment, DeadlineWarning?]

// Worked out by hand: August -> first working day of September; 25 Dec to 1 Jan -> first working
// day after 1 January (HESC r20). Substitute days: 28 Dec 2026, 27-28 Dec 2027, 3 Jan 2028.
const cases: Row[] = [
  ['2026-06-10', '', '2026-08-10', '2026-09-01', AUG], // Tue 1 Sep (31 Aug is a bank holiday)
  ['2026-06-30', '', '2026-08-30', '2026-09-01', AUG], // Sunday 30 Aug
  ['2025-06-25', '', '2025-08-25', '2025-09-01', AUG], // the 25 Aug 2025 bank holiday itself
  ['2027-06-15', '', '2027-08-15', '2027-09-01', AUG], // Sunday in August 2027 -> Wed 1 Sep
  ['2027-06-30', '', '2027-08-30', '2027-09-01', AUG], // 30 Aug 2027 bank holiday
  ['2028-06-30', '', '2028-08-30', '2028-09-01', AUG], // -> Fri 1 Sep 2028
  ['2024-06-14', '', '2024-08-14', '2024-09-02', AUG], // 1 Sep 2024 was a Sunday
  ['2026-05-01', '2026-07-20', '2026-08-20', '2026-09-01', AUG], // August by certificate
  ['2026-10-25', '', '2026-12-25', '2027-01-04', XMAS], // Christmas Day 2026 -> Mon 4 Jan
  ['2026-10-31', '', '2026-12-31', '2027-01-04', XMAS], // Thu 31 Dec 2026
  ['2025-10-29', '', '2025-12-29', '2026-01-02', XMAS], // Mon 29 Dec 2025 -> Fri 2 Jan
  ['2027-10-27', '', '2027-12-27', '2028-01-04', XMAS], // 27 Dec substitute; 3 Jan substitute
  ['2027-11-01', '', '2028-01-01', '2028-01-04', XMAS], // 1 Jan 2028 -> Tue 4 Jan
  ['2026-09-01', '2026-11-28', '2026-12-28', '2027-01-04', XMAS], // Christmas by certificate
  // Open question (facts s3): a weekend rolls into the protected period; later date plus warning
  ['2027-05-31', '', '2027-07-31', '2027-09-01', AUG, JULY], // Sat 31 Jul -> Mon 2 Aug -> 1 Sep
  ['2022-05-31', '', '2022-07-31', '2022-09-01', AUG, JULY], // Sun 31 Jul -> Mon 1 Aug -> 1 Sep
  ['2022-10-24', '', '2022-12-24', '2023-01-03', XMAS, DEC], // Sat 24 Dec -> 28 Dec -> Tue 3 Jan
]

describe('appealDeadline: August and Christmas', () => {
  it.each(cases)('decision %s, certificate %s: %s -> %s', (...row) => {
    const [decision, certificate, raw, expected, adjusted, warning] = row
    const result = appealDeadline({ decision, certificate: certificate || undefined }, calendar)
    expect(result).toMatchObject({ date: expected, unadjustedDate: raw, adjusted })
    const noCertificate = certificate ? [] : ['certificate-not-yet-issued']
    expect(result.warnings).toEqual([...(warning ? [warning] : []), ...noCertificate])
  })
})

describe('appealDeadline: outside the bank-holiday file', () => {
  it.each([
    ['raw date in 2029', '2028-12-15', '2029-02-15'],
    ['Christmas 2028 needs January 2029', '2028-10-28', '2029-01-01'],
    ['Sat 23 Dec 2028 rolls into Christmas and needs 2029', '2028-10-23', '2029-01-01'],
    ['raw date before 2018', '2017-10-15', '2017-12-15'],
  ])('%s throws', (_why, decision, date) => {
    const call = () => appealDeadline({ decision }, calendar)
    expect(call).toThrow(DateOutOfRangeError)
    expect(call).toThrow(expect.objectContaining({ date }))
  })
})
