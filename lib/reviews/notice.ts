import { formatDate } from '@/i18n/dates'

import type { ReminderKind } from './schedule'

/** `YYYY-MM-DD` as staff read it: "7 December 2026" (the admin and its e-mails are English). */
export const formatDay = (day: string) => formatDate(day, 'en')

export type Notice = { subject: string; text: string }

/**
 * The review reminder's e-mail, in plain text: what is due, when, and where to edit it. It holds
 * nothing about any family (the portal's staff e-mails never do, see lib/callback/notify.ts).
 */
export function reviewReminderNotice({
  kind,
  title,
  dueDay,
  editUrl,
  dashboardUrl,
}: {
  kind: ReminderKind
  title: string
  dueDay: string
  editUrl: string
  dashboardUrl: string
}): Notice {
  const due = formatDay(dueDay)
  return {
    subject:
      kind === 'weekBefore' ? `Review due on ${due}: ${title}` : `Review due today: ${title}`,
    text: [
      kind === 'weekBefore'
        ? `"${title}" on the SEND Local Offer portal is due for review on ${due}.`
        : `"${title}" on the SEND Local Offer portal is due for review today (${due}).`,
      '',
      'Check it against the law and local arrangements, then set "Last reviewed" to the day you',
      'checked it and publish: the next review date then moves on by its review interval.',
      '',
      `Edit it: ${editUrl}`,
      `Everything due for review: ${dashboardUrl}`,
      '',
      'You get this e-mail because you own this content. Change the owner in its sidebar.',
    ].join('\n'),
  }
}

/**
 * The e-mail to a page's owner when a reader reports a problem with it: the address and the
 * reader's own words (the form asks for no name or contact details), and a link to the report.
 */
export function problemReportNotice({
  pageUrl,
  problem,
  reportUrl,
}: {
  pageUrl: string
  problem: string
  reportUrl: string
}): Notice {
  return {
    subject: `Problem reported with ${pageUrl}`,
    text: [
      `A reader reported a problem with ${pageUrl}. They wrote:`,
      '',
      ...problem.split(/\r?\n/).map((line) => `> ${line}`),
      '',
      `The report, to mark it reviewed or answer it in "You said, we did": ${reportUrl}`,
    ].join('\n'),
  }
}
