import { getLocale } from 'next-intl/server'

import { formatDate } from '@/i18n/dates'

type Props = {
  /** The heading of the later reading: "This may be later: ask for advice". */
  mayBeLater: string
  /** Where the law is unsettled: the later date another reading gives, and why. */
  laterReading?: { date: string; rule: string }
  /** Warnings about the date, each shown as a GOV.UK warning text. */
  warnings: readonly string[]
}

/**
 * What a family must know beside a deadline (the calculator's and the EHC timeline's): the
 * later date an unsettled reading of the law gives, shown after the safest one, and warnings.
 */
export async function DeadlineCaveats({ mayBeLater, laterReading, warnings }: Props) {
  const locale = await getLocale()
  return (
    <>
      {laterReading && (
        <div className="govuk-inset-text app-later-reading">
          <h4 className="govuk-heading-s govuk-!-margin-bottom-1">{mayBeLater}</h4>
          <p className="govuk-body">
            <time dateTime={laterReading.date}>
              {formatDate(laterReading.date, locale, 'weekdayDate')}
            </time>
          </p>
          <p className="govuk-body">{laterReading.rule}</p>
        </div>
      )}
      {warnings.map((warning) => (
        <div key={warning} className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">{warning}</strong>
        </div>
      ))}
    </>
  )
}
