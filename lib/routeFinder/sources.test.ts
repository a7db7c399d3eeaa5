import { describe, expect, it } from 'vitest'

import { NOTE_SOURCES } from './sources'
import { ROUTE_NOTES } from './types'

// Each note names an Act, rules, regulations or the Code, with a section, rule, reg or paragraph.
const CITATION = /(Act \d{4}|Rules|Regulations|Code of Practice|SI \d{4}\/\d+)/
const PINPOINT = /(s\d+|r\d+|reg|Sch|\d+\.\d+|SI \d{4}\/\d+)/

describe('every route finder note cites its source', () => {
  it.each(ROUTE_NOTES.map((note) => [note, NOTE_SOURCES[note]]))('%s: %s', (_note, source) => {
    expect(source).toMatch(CITATION)
    expect(source).toMatch(PINPOINT)
  })

  it.each([
    ['plan-continues-during-appeal', 'Children and Families Act 2014, s45(4)'],
    ['icb-responsible-for-section-g', 'Children and Families Act 2014, s42(3) and (4)'],
    ['discrimination-tribunal-or-county-court', 'Equality Act 2010, s85(9), s114, s116 and Sch 17'],
    ['young-person-holds-rights', 'Children and Families Act 2014, s83(2); Education Act 1996, s8'],
    ['council-time-limits', 'SEND Regulations 2014, regs 5(1), 10(1) and 13(2)'],
    [
      'missed-time-limit-complaint-deadlines',
      'Local Government Act 1974, s26B; Civil Procedure Rules, r54.5(1)',
    ],
  ] as const)('%s cites %s', (note, source) => {
    expect(NOTE_SOURCES[note]).toBe(source)
  })
})
