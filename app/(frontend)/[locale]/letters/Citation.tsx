import type { ReactNode } from 'react'

type Rich = (key: 'result.law', values: { basis: () => ReactNode }) => ReactNode

/**
 * "The law: <citation>". The citation is English in every language and kept left to right inside
 * the translated sentence (Urdu is right to left), as the deadline calculator does.
 */
export function Citation({ label, basis }: { label: Rich; basis: string }) {
  return (
    <p className="govuk-body-s app-secondary-text">
      {label('result.law', {
        basis: () => (
          <bdi lang="en" dir="ltr">
            {basis}
          </bdi>
        ),
      })}
    </p>
  )
}
