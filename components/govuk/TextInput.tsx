import type { InputHTMLAttributes } from 'react'

import { LabelledField, type FieldOptions } from './shared'

/** The options of GOV.UK Frontend's `govukInput` macro. */
export type TextInputProps = FieldOptions & {
  /** Left out when `attributes` supply it (react-hook-form's `register`). */
  name?: string
  type?: string
  /** The starting value (uncontrolled, so the form works without JavaScript). */
  value?: string
  autocomplete?: string
  spellcheck?: boolean
  inputmode?: InputHTMLAttributes<HTMLInputElement>['inputMode']
  /** Anything else for the input element: `register(...)`, maxLength, dir. */
  attributes?: InputHTMLAttributes<HTMLInputElement> & Record<string, unknown>
}

/**
 * GOV.UK text input: label (the page's h1 when `label.isPageHeading`), hint, inline error, and
 * the input described by the hint then the error.
 */
export function TextInput(props: TextInputProps) {
  return (
    <LabelledField {...props} base="govuk-input">
      {(control) => (
        <input
          {...control}
          type={props.type ?? 'text'}
          spellCheck={props.spellcheck}
          autoComplete={props.autocomplete}
          inputMode={props.inputmode}
          {...props.attributes}
        />
      )}
    </LabelledField>
  )
}
