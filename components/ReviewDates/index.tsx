import { getLocale, getTranslations } from 'next-intl/server'

import { dayInEngland, formatDate, todayInEngland } from '@/i18n/dates'
import { reviewState } from '@/lib/reviews/schedule'

type Props = {
  /** When the published text in this language last changed (pages' `contentUpdatedAt`). */
  updatedAt?: string | null
  lastReviewed?: string | null
  nextReview?: string | null
  /** "Now", for tests; the page is rendered again at least daily (its `revalidate`). */
  now?: Date
}

/**
 * "Last updated" (the later of a text change and a review: either means the page was checked
 * then) and "Next review due" while that date is in the future; from the due day on, readers see
 * "This page is being reviewed" instead of a date that has passed.
 */
export async function ReviewDates({ updatedAt, lastReviewed, nextReview, now }: Props) {
  const locale = await getLocale()
  const t = await getTranslations('Page')
  const tr = await getTranslations('ReviewDates')
  const line = (key: 'lastUpdated' | 'nextReview', value: string) =>
    t.rich(key, {
      date: formatDate(value, locale),
      time: (chunks) => <time dateTime={dayInEngland(value)}>{chunks}</time>,
    })
  const updated = [lastReviewed, updatedAt]
    .filter((d): d is string => !!d)
    .sort()
    .at(-1)
  const overdue = !!nextReview && reviewState(nextReview, todayInEngland(now)) === 'overdue'
  return (
    <div className="app-review-dates">
      {updated && (
        <p className="govuk-body-s govuk-!-margin-bottom-1">{line('lastUpdated', updated)}</p>
      )}
      {nextReview && !overdue && <p className="govuk-body-s">{line('nextReview', nextReview)}</p>}
      {overdue && <p className="govuk-body-s">{tr('beingReviewed')}</p>}
    </div>
  )
}
