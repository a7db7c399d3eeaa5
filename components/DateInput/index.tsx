import { Fieldset } from '@/components/govuk/Fieldset'
import { HintAndError } from '@/components/govuk/shared'

import type { DateInputPart as Part, DateInputValue } from '@/lib/forms/dateInput'

type Props = {
  name: string
  legend: string
  hint?: string
  value: DateInputValue
  error?: string
  /** Which boxes to outline in red; all three when the whole date is wrong. */
  errorParts?: Part[]
  labels: Record<Part, string> & { error: string }
  /** On a one-question page the legend is the page's h1 (GOV.UK question pages). */
  isPageHeading?: boolean
}

const PARTS: { part: Part; width: string; autoComplete?: string }[] = [
  { part: 'day', width: 'govuk-input--width-2' },
  { part: 'month', width: 'govuk-input--width-2' },
  { part: 'year', width: 'govuk-input--width-4' },
]

/** GOV.UK date input: day, month and year boxes in a fieldset, hint and error linked to it. */
export function DateInput(props: Props) {
  const { name, legend, hint, value, error, errorParts, labels, isPageHeading } = props
  const hintId = `${name}-hint`
  const errorId = `${name}-error`
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined
  const marked = error ? (errorParts ?? ['day', 'month', 'year']) : []
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <Fieldset
        role="group"
        describedBy={describedBy}
        legend={{
          text: legend,
          isPageHeading,
          classes: isPageHeading ? 'govuk-fieldset__legend--l' : 'govuk-fieldset__legend--m',
        }}
      >
        <HintAndError
          hint={hint ? { text: hint } : undefined}
          hintId={hintId}
          errorMessage={error ? { text: error, visuallyHiddenText: labels.error } : undefined}
          errorId={errorId}
        />
        <div className="govuk-date-input" id={name}>
          {PARTS.map(({ part, width }) => (
            <div key={part} className="govuk-date-input__item">
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${name}-${part}`}>
                  {labels[part]}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input ${width}${marked.includes(part) ? ' govuk-input--error' : ''}`}
                  id={`${name}-${part}`}
                  name={`${name}-${part}`}
                  type="text"
                  inputMode="numeric"
                  defaultValue={value[part]}
                />
              </div>
            </div>
          ))}
        </div>
      </Fieldset>
    </div>
  )
}
