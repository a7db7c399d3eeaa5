import { dayInEngland } from '@/i18n/dates'
import { addDays } from '@/lib/deadlines/isoDate'
import { addMonths } from '@/lib/deadlines/months'

/**
 * Review dates: a council commits to checking each page and provider at an interval it chooses.
 * No statute sets the interval; 12 months (the default, as LocalGov Drupal's) with a choice of 3
 * to 18 is the council's own policy. The Local Offer must be kept under review (Children and
 * Families Act 2014, s30(9); SEND Regulations 2014, reg 56), which is why overdue pages are
 * listed for staff and flagged to readers.
 *
 * Every date here is a UK calendar day, `YYYY-MM-DD` (Europe/London), whatever the server's zone.
 */

export const MIN_REVIEW_INTERVAL = 3
export const MAX_REVIEW_INTERVAL = 18
export const DEFAULT_REVIEW_INTERVAL = 12

/** How a `YYYY-MM-DD` day is stored in a Payload date field: midday UTC, the same day in London. */
export function dayToStoredDate(day: string): string {
  return `${day}T12:00:00.000Z`
}

/** A whole number of months from 3 to 18, or the default (12) for anything else. */
export function reviewInterval(value: unknown): number {
  const months = typeof value === 'string' ? Number(value) : value
  return typeof months === 'number' &&
    Number.isInteger(months) &&
    months >= MIN_REVIEW_INTERVAL &&
    months <= MAX_REVIEW_INTERVAL
    ? months
    : DEFAULT_REVIEW_INTERVAL
}

/**
 * The next review day a document gets when it has none: `intervalMonths` after its last review
 * when one is recorded, else after `publishedAt` (the publish in progress). Month arithmetic
 * keeps the day of the month, or the month's last day where the later month is shorter
 * (31 January + 1 month = 28 or 29 February).
 *
 * @param publishedAt ISO timestamp of the publish
 * @param lastReviewed ISO timestamp or null
 * @returns `YYYY-MM-DD`
 */
export function defaultNextReview({
  publishedAt,
  lastReviewed,
  intervalMonths,
}: {
  publishedAt: string
  lastReviewed?: string | null
  intervalMonths?: unknown
}): string {
  return addMonths(dayInEngland(lastReviewed || publishedAt), reviewInterval(intervalMonths))
}

export type ReviewState = 'overdue' | 'dueWithin7Days' | 'dueWithin30Days' | 'later'

/**
 * Where a review date stands on `today` (`YYYY-MM-DD`): overdue on and after the day itself (the
 * check was due that day), due within 7 or 30 days before it, else later.
 */
export function reviewState(nextReview: string, today: string): ReviewState {
  const due = dayInEngland(nextReview)
  if (due <= today) return 'overdue'
  if (due <= addDays(today, 7)) return 'dueWithin7Days'
  if (due <= addDays(today, 30)) return 'dueWithin30Days'
  return 'later'
}

export type ReminderKind = 'weekBefore' | 'dueDay'

/**
 * The reminder owed on `today` for a review due on `nextReview`: `weekBefore` from 7 days before
 * the due day, `dueDay` from the due day on (a missed daily run still sends it the next day). The
 * caller sends each kind once per due day.
 */
export function reminderOwed(nextReview: string, today: string): ReminderKind | null {
  const state = reviewState(nextReview, today)
  if (state === 'overdue') return 'dueDay'
  return state === 'dueWithin7Days' ? 'weekBefore' : null
}
