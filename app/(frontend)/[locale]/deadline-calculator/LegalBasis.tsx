import type { ReactNode } from 'react'

import { LATE_APPEAL_CITATION } from '@/lib/deadlines/api'

type RichValues = Record<string, string | number | Date | ((chunks: ReactNode) => ReactNode)>
/** The part of a next-intl translator this line needs (`getTranslations(...)` fits). */
type RichTranslator = { rich(key: string, values?: RichValues): ReactNode }

type Props = {
  /** DeadlineCalculator messages (`law`). */
  t: RichTranslator
  /** Deadlines messages (`lateAppealBasis`). */
  td: RichTranslator
  /** The rule's citations, English in every language (e.g. "SEND Regulations 2014, reg 33"). */
  basis?: string
  /** Also cite the late-appeal rule (HESC r5(3)(a)). */
  lateAppeal?: boolean
}

/** An English citation inside a sentence of any language, kept left to right (Urdu is RTL). */
const cite = (chunks: ReactNode) => (
  <bdi lang="en" dir="ltr">
    {chunks}
  </bdi>
)

/**
 * "The law: <citations>" under a deadline. Every citation is English and wrapped in
 * `<bdi lang="en" dir="ltr">`, so on Urdu pages its words, numbers and brackets keep their
 * order instead of being reordered by the right-to-left sentence around them.
 */
export function LegalBasis({ t, td, basis, lateAppeal = false }: Props) {
  return (
    <p className="govuk-body-s app-secondary-text">
      {t.rich('law', {
        basis: () => (
          <>
            {basis && cite(basis)}
            {basis && lateAppeal && '; '}
            {lateAppeal && td.rich('lateAppealBasis', { citation: LATE_APPEAL_CITATION, cite })}
          </>
        ),
      })}
    </p>
  )
}
