import { getFormatter, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

type Props = {
  locale: Locale
  updatedAt?: string | null
  lastReviewed?: string | null
  nextReview?: string | null
}

export async function ReviewDates({ locale, updatedAt, lastReviewed, nextReview }: Props) {
  const t = await getTranslations({ locale, namespace: 'Page' })
  const format = await getFormatter({ locale })
  const line = (key: 'lastUpdated' | 'nextReview', value: string) =>
    t.rich(key, {
      date: format.dateTime(new Date(value), { dateStyle: 'long', timeZone: 'Europe/London' }),
      time: (chunks) => <time dateTime={value.slice(0, 10)}>{chunks}</time>,
    })
  // Readers see the latest of an edit and a review: either means the page was checked then.
  const updated = [lastReviewed, updatedAt]
    .filter((d): d is string => !!d)
    .sort()
    .at(-1)
  return (
    <div className="app-review-dates">
      {updated && (
        <p className="govuk-body-s govuk-!-margin-bottom-1">{line('lastUpdated', updated)}</p>
      )}
      {nextReview && <p className="govuk-body-s">{line('nextReview', nextReview)}</p>}
    </div>
  )
}
