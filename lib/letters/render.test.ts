import { describe, expect, it } from 'vitest'

import { getDefaultCalendar } from '@/lib/deadlines'

import { DEFAULT_LETTER_TEXTS } from './defaults'
import type { Answers, LetterId } from './definitions'
import { buildLetter, englishDate, keyDates, letterAsText, letterFileName } from './render'

const calendar = getDefaultCalendar()
const family: Answers = {
  council: 'E08000014',
  name: 'Anna Kowalska',
  address: '1 High Street\nBootle\nL20 1AA',
  child: 'Jan Kowalski',
  dob: '2015-04-01',
}
const recipient = { name: 'Sefton Council SEND team', address: ['Magdalen House', 'Bootle'] }

function build(letter: LetterId, answers: Answers, today = '2026-11-30') {
  return buildLetter({
    letter,
    text: DEFAULT_LETTER_TEXTS[letter],
    answers: { ...family, ...answers },
    councilName: 'Sefton',
    recipient,
    today,
    calendar,
  })
}

describe('buildLetter', () => {
  // Each letter with the sentence that proves the answers and the rule's date went in.
  it.each<[LetterId, Answers, string[], string[]]>([
    [
      'ask-for-assessment',
      { reasons: 'He cannot read yet.' },
      ['He cannot read yet.', 'section 36(1)', 'that is by 11 January 2027'], // +6 weeks
      [],
    ],
    [
      'mediation-certificate',
      { decision: '2026-11-02', mediation: 'no' },
      ['dated 2 November 2026', 'I do not want to go to mediation', 'by 3 December 2026'],
      ['I want to go to mediation'],
    ],
    [
      'mediation-certificate',
      { decision: '2026-11-02', mediation: 'yes', issues: 'Speech therapy hours.' },
      ['I want to go to mediation', 'Speech therapy hours.', 'copy of this letter to Sefton'],
      ['I do not want'],
    ],
    [
      'health-social-care-mediation',
      { care: 'health', issues: 'Physiotherapy.' },
      ['about the health care provision', 'by 30 December 2026', 'integrated care board'],
      [],
    ],
    [
      'health-social-care-mediation',
      { care: 'social-care', issues: 'Short breaks.' },
      ['about the social care provision', 'Short breaks.'],
      ['integrated care board'],
    ],
    [
      'missed-time-limit',
      { requested: '2026-06-01', limit: '20-weeks' },
      ['on 1 June 2026', 'Regulation 13(2)', 'by 19 October 2026', 'issue the final plan'],
      ['Regulation 5(1)'],
    ],
    [
      'missed-time-limit',
      { requested: '2026-09-01', limit: '6-weeks' },
      ['Regulation 5(1)', 'by 13 October 2026', 'make your decision', 'The 6-week time limit'],
      ['Regulation 13(2)'],
    ],
    [
      'early-review',
      { reasons: 'She has moved school.' },
      ['She has moved school.', 'Section 44'],
      [],
    ],
    [
      'deliver-section-f',
      { provision: 'No OT since May.' },
      ['No OT since May.', 'section 42(2)'],
      [],
    ],
  ])('%s %o', (letter, answers, present, absent) => {
    const doc = build(letter, answers)
    const text = letterAsText(doc)
    for (const phrase of present) expect(text).toContain(phrase)
    for (const phrase of absent) expect(text).not.toContain(phrase)
    expect(text).toContain('Jan Kowalski, date of birth 1 April 2015')
    expect(text).not.toMatch(/\{\{|\}\}/)
    expect(doc.subject).toContain('Jan Kowalski')
  })

  it('lays out sender, date, recipient, subject, body and signature in that order', () => {
    const text = letterAsText(build('deliver-section-f', { provision: 'OT' }))
    expect(
      text.startsWith(
        'Anna Kowalska\r\n1 High Street\r\nBootle\r\nL20 1AA\r\n\r\n30 November 2026',
      ),
    ).toBe(true)
    const order = [
      '30 November 2026',
      'Sefton Council SEND team\r\nMagdalen House',
      'Dear Sir',
      'Subject:',
      'OT',
      'Yours faithfully,',
    ]
    const positions = order.map((part) => text.indexOf(part))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(text.trimEnd().endsWith('Anna Kowalska')).toBe(true)
    expect(text).not.toMatch(/[^\r]\n/)
  })

  it('keeps a list in the complaint as lines of one paragraph', () => {
    const doc = build('missed-time-limit', { requested: '2026-06-01', limit: '20-weeks' })
    const list = doc.paragraphs.find((p) => p.includes('- explain why'))!
    expect(list.split('\n')).toHaveLength(4)
  })
})

describe('keyDates', () => {
  // Dates from lib/deadlines: reg 33 never rolls forward; reg 34 counts working days.
  it.each<[LetterId, Answers, string, [string, string][]]>([
    ['ask-for-assessment', {}, '2026-11-30', [['decisionDue', '2027-01-11']]],
    // 2 months after 2 November 2026 is Saturday 2 January: the working day before.
    [
      'mediation-certificate',
      { decision: '2026-11-02', mediation: 'yes' },
      '2026-11-30',
      [['adviserContactBy', '2026-12-31']],
    ],
    // 3 working days from Wednesday 23 December 2026 skip Christmas and the substitute day.
    [
      'mediation-certificate',
      { decision: '2026-11-02', mediation: 'no' },
      '2026-12-23',
      [
        ['adviserContactBy', '2026-12-31'],
        ['certificateDue', '2026-12-30'],
      ],
    ],
    [
      'health-social-care-mediation',
      { care: 'both' },
      '2026-11-30',
      [['mediationBy', '2026-12-30']],
    ],
    [
      'missed-time-limit',
      { requested: '2026-01-05', limit: '6-weeks' },
      '2026-11-30',
      [['limitDue', '2026-02-16']],
    ],
    [
      'missed-time-limit',
      { requested: '2026-01-05', limit: '20-weeks' },
      '2026-11-30',
      [['limitDue', '2026-05-25']],
    ],
    ['early-review', {}, '2026-11-30', []],
    ['deliver-section-f', {}, '2026-11-30', []],
  ])('%s %o on %s', (letter, answers, today, expected) => {
    const dates = keyDates({ letter, answers, today, calendar })
    expect(dates.map((d) => [d.id, d.date])).toEqual(expected)
    for (const date of dates) expect(date.legalBasis).toMatch(/reg \d+/)
  })
})

it.each([
  ['2026-12-01', '1 December 2026'],
  ['2027-02-28', '28 February 2027'],
])('englishDate(%s) = %s', (iso, text) => expect(englishDate(iso)).toBe(text))

it('names downloads without personal data', () => {
  expect(letterFileName('early-review', '2026-11-30', 'docx')).toBe('early-review-2026-11-30.docx')
})
