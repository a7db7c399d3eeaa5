import type { ReactNode } from 'react'

import { cx } from './shared'

/** GOV.UK Frontend's fieldset options; `legend.isPageHeading` puts the legend's text in the h1. */
export type FieldsetOptions = {
  legend?: { text: ReactNode; isPageHeading?: boolean; classes?: string }
  describedBy?: string
  classes?: string
  role?: string
}

/** GOV.UK fieldset with its legend; `children` are the hint, error and controls. */
export function Fieldset(props: FieldsetOptions & { children: ReactNode }) {
  const { legend, describedBy, classes, role, children } = props
  return (
    <fieldset className={cx('govuk-fieldset', classes)} role={role} aria-describedby={describedBy}>
      {legend && (
        <legend className={cx('govuk-fieldset__legend', legend.classes)}>
          {legend.isPageHeading ? (
            <h1 className="govuk-fieldset__heading">{legend.text}</h1>
          ) : (
            legend.text
          )}
        </legend>
      )}
      {children}
    </fieldset>
  )
}
