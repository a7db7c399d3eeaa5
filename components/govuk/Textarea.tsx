import type { TextareaHTMLAttributes } from 'react'

import { LabelledField, type FieldOptions } from './shared'

/** The options of GOV.UK Frontend's `govukTextarea` macro. */
export type TextareaProps = FieldOptions & {
  name?: string
  rows?: number
  value?: string
  autocomplete?: string
  spellcheck?: boolean
  /** Anything else for the textarea: `register(...)`, maxLength. */
  attributes?: TextareaHTMLAttributes<HTMLTextAreaElement> & Record<string, unknown>
}

/** GOV.UK textarea: label, hint, inline error, described by the hint then the error. */
export function Textarea(props: TextareaProps) {
  return (
    <LabelledField {...props} base="govuk-textarea">
      {(control) => (
        <textarea
          {...control}
          rows={props.rows ?? 5}
          spellCheck={props.spellcheck}
          autoComplete={props.autocomplete}
          {...props.attributes}
        />
      )}
    </LabelledField>
  )
}
