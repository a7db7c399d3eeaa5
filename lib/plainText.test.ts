import { describe, expect, it } from 'vitest'

import { stripInvisible } from './plainText'

describe('stripInvisible: control and bidirectional characters never reach the database', () => {
  it.each([
    // [input, single line, multiline, why]
    ['Sam Jones', 'Sam Jones', 'Sam Jones', 'plain name unchanged'],
    ['Sam\u202eJones', 'SamJones', 'SamJones', 'right-to-left override'],
    ['Sam\u202dJones\u202c', 'SamJones', 'SamJones', 'left-to-right override and pop'],
    ['\u202aSam\u202b', 'Sam', 'Sam', 'embeddings'],
    ['\u2066Sam\u2069 \u2067x\u2068', 'Sam x', 'Sam x', 'isolates'],
    ['\u200eSam\u200f\u061c', 'Sam', 'Sam', 'LRM, RLM and Arabic letter mark'],
    ['Sam\u0000\u0007\u001b[31m', 'Sam[31m', 'Sam[31m', 'NUL, bell and ANSI escape'],
    ['Sam\u007f\u0085\u009b', 'Sam', 'Sam', 'DEL and C1 controls'],
    ['\ufeffSam', 'Sam', 'Sam', 'byte-order mark'],
    ['Sam\u2028Jones\u2029', 'SamJones', 'SamJones', 'line and paragraph separators'],
    ['Line one\nLine two', 'Line one Line two', 'Line one\nLine two', 'newline kept in messages'],
    ['a\r\nb\tc', 'a  b c', 'a\r\nb\tc', 'CRLF and tab'],
    ['می\u200cخواهم', 'می\u200cخواهم', 'می\u200cخواهم', 'zero-width non-joiner kept (Urdu)'],
    ['\u200d👨\u200d👩', '\u200d👨\u200d👩', '\u200d👨\u200d👩', 'zero-width joiner kept'],
    ['Zażółć Łódź', 'Zażółć Łódź', 'Zażółć Łódź', 'Polish letters unchanged'],
    ['عائشہ خان', 'عائشہ خان', 'عائشہ خان', 'Urdu name unchanged'],
  ])('%j', (input, single, multi) => {
    expect(stripInvisible(input)).toBe(single)
    expect(stripInvisible(input, { multiline: true })).toBe(multi)
  })
})
