import type { TextareaHTMLAttributes } from 'react'

import {
  cx,
  describedByIds,
  FormGroup,
  HintAndError,
  hintAndErrorIds,
  Label,
  type ErrorMessageOptions,
  type HintOptions,
  type LabelOptions,
} from './shared'

/** The options of GOV.UK Frontend's `govukTextarea` macro. */
export type TextareaProps = {
  id: string
  name?: string
  rows?: number
  label: LabelOptions
  hint?: HintOptions
  errorMessage?: ErrorMessageOptions
  value?: string
  autocomplete?: string
  spellcheck?: boolean
  classes?: string
  formGroup?: { classes?: string }
  describedBy?: string
  /** Anything else for the textarea: `register(...)`, maxLength. */
  attributes?: TextareaHTMLAttributes<HTMLTextAreaElement> & Record<string, unknown>
}

/** GOV.UK textarea: label, hint, inline error, described by the hint then the error. */
export function Textarea(props: TextareaProps) {
  const { id, name, rows = 5, label, hint, errorMessage, value } = props
  const { hintId, errorId } = hintAndErrorIds(id, hint, errorMessage)
  return (
    <FormGroup error={!!errorMessage} classes={props.formGroup?.classes}>
      <Label label={label} htmlFor={id} />
      <HintAndError hint={hint} hintId={hintId} errorMessage={errorMessage} errorId={errorId} />
      <textarea
        className={cx('govuk-textarea', props.classes, errorMessage && 'govuk-textarea--error')}
        id={id}
        name={name}
        rows={rows}
        spellCheck={props.spellcheck}
        autoComplete={props.autocomplete}
        aria-describedby={describedByIds(props.describedBy, hintId, errorId)}
        defaultValue={value}
        {...props.attributes}
      />
    </FormGroup>
  )
}
