import { dayInEngland } from '@/i18n/dates'
import type { Field, FieldHook } from 'payload'

import { isSignedInField } from '@/access/isSignedInField'
import {
  DEFAULT_REVIEW_INTERVAL,
  MAX_REVIEW_INTERVAL,
  MIN_REVIEW_INTERVAL,
  dayToStoredDate,
  defaultNextReview,
} from '@/lib/reviews/schedule'

import { stampPublishedTextChange } from './contentUpdatedAt'

/** Dates in the admin with their year (Payload's day-only default, "MMM dd", has none). */
export const ADMIN_DAY_FORMAT = 'd MMM yyyy'
const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: ADMIN_DAY_FORMAT } as const

const sameDay = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' && dayInEngland(a) === dayInEngland(b)

/**
 * On publish: a missing next review becomes the last review (or today's publish) plus the review
 * interval, and so does an untouched one when this publish records a new last review (the page
 * was checked, so the clock restarts). Drafts keep what the editor typed. (lib/reviews/schedule.ts)
 */
const defaultNextReviewOnPublish: FieldHook = ({ value, data, originalDoc }) => {
  if (data?._status !== 'published') return value
  const lastReviewed = (data.lastReviewed ?? originalDoc?.lastReviewed) as string | null
  const newReview = !!lastReviewed && !sameDay(lastReviewed, originalDoc?.lastReviewed)
  const untouched = !value || sameDay(value, originalDoc?.nextReview)
  if (value && !(newReview && untouched)) return value
  const intervalMonths = data.reviewIntervalMonths ?? originalDoc?.reviewIntervalMonths
  const publishedAt = new Date().toISOString()
  return dayToStoredDate(defaultNextReview({ publishedAt, lastReviewed, intervalMonths }))
}

/**
 * Content owners commit to checking each page and provider: the dates are shown to readers and
 * listed for staff (the dashboard's "Reviews due"), and the owner is e-mailed a week before and
 * on the due day (jobs/sendReviewReminders.ts). Review dates are the same in every language.
 */
export const reviewDateFields: Field[] = [
  {
    name: 'owner',
    type: 'relationship',
    relationTo: 'users',
    access: { read: isSignedInField },
    defaultValue: ({ user }) => user?.id,
    admin: {
      position: 'sidebar',
      description: 'Who keeps this up to date. Review reminders and problem reports go to them.',
    },
  },
  {
    name: 'ownerEmail',
    type: 'email',
    access: { read: isSignedInField },
    admin: {
      position: 'sidebar',
      description: "A team mailbox for reminders and problem reports, used instead of the owner's.",
    },
  },
  {
    name: 'reviewIntervalMonths',
    type: 'number',
    label: 'Review every (months)',
    min: MIN_REVIEW_INTERVAL,
    max: MAX_REVIEW_INTERVAL,
    defaultValue: DEFAULT_REVIEW_INTERVAL,
    admin: {
      position: 'sidebar',
      step: 1,
      description: `From ${MIN_REVIEW_INTERVAL} to ${MAX_REVIEW_INTERVAL} months. Sets the next review when it is empty on publishing.`,
    },
  },
  {
    name: 'lastReviewed',
    type: 'date',
    admin: { position: 'sidebar', date: dayOnly },
  },
  {
    name: 'nextReview',
    type: 'date',
    index: true,
    // Before validation, so a new last review after an old next review is not refused.
    hooks: { beforeValidate: [defaultNextReviewOnPublish] },
    admin: {
      position: 'sidebar',
      date: dayOnly,
      description:
        'When this must next be checked against the law and local arrangements. Left empty, it is set on publishing.',
    },
    validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
      const last = siblingData?.lastReviewed
      if (value && last && new Date(value as string) < new Date(last as string)) {
        return 'The next review must come after the last review.'
      }
      return true
    },
  },
]

/**
 * "Last updated" for readers, per language: set on publish only when the published text changed
 * (fields/contentUpdatedAt.ts), so saving dates, order or a draft never moves it.
 */
export const contentUpdatedAtField: Field = {
  name: 'contentUpdatedAt',
  type: 'date',
  localized: true,
  hooks: { beforeChange: [stampPublishedTextChange] },
  admin: {
    position: 'sidebar',
    readOnly: true,
    date: { displayFormat: `${ADMIN_DAY_FORMAT}, HH:mm` },
    description:
      "When this language's published text last changed: readers see it as Last updated.",
  },
}
