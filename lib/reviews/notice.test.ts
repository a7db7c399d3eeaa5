import { describe, expect, it } from 'vitest'

import { problemReportNotice, reviewReminderNotice } from './notice'

const links = {
  editUrl: 'https://x.example/admin/collections/pages/4',
  dashboardUrl: 'https://x.example/admin',
}

describe('reviewReminderNotice', () => {
  it.each([
    [
      'weekBefore',
      '2026-12-08',
      'Review due on 8 December 2026: Mediation',
      'is due for review on 8 December 2026.',
    ],
    [
      'dueDay',
      '2026-12-08',
      'Review due today: Mediation',
      'is due for review today (8 December 2026).',
    ],
    ['weekBefore', '2027-01-01', 'Review due on 1 January 2027: Mediation', 'on 1 January 2027.'],
  ] as const)('%s %s', (kind, dueDay, subject, sentence) => {
    const notice = reviewReminderNotice({ kind, title: 'Mediation', dueDay, ...links })
    expect(notice.subject).toBe(subject)
    expect(notice.text).toContain(sentence)
    expect(notice.text).toContain(`Edit it: ${links.editUrl}`)
  })
})

describe('problemReportNotice', () => {
  it('quotes every line of what the reader typed, and nothing else about them', () => {
    const notice = problemReportNotice({
      pageUrl: 'https://x.example/ur/complaints',
      problem: 'The phone number\nis wrong',
      reportUrl: 'https://x.example/admin/collections/page-feedback/9',
    })
    expect(notice.subject).toBe('Problem reported with https://x.example/ur/complaints')
    expect(notice.text.split('\n')).toEqual([
      'A reader reported a problem with https://x.example/ur/complaints. They wrote:',
      '',
      '> The phone number',
      '> is wrong',
      '',
      'The report, to mark it reviewed or answer it in "You said, we did": https://x.example/admin/collections/page-feedback/9',
    ])
  })
})
