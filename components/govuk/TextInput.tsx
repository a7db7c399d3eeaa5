import type { InputHTMLAttributes } from 'react'

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

/** The options of GOV.UK Frontend's `govukInput` macro. */
export type TextInputProps = {
  id: string
  /** Left out when `attributes` supply it (react-hook-form's `register`). */
  name?: string
  type?: string
  label: LabelOptions
  hint?: HintOptions
  errorMessage?: ErrorMessageOptions
  /** The starting value (uncontrolled, so the form works without JavaScript). */
  value?: string
  autocomplete?: string
  spellcheck?: boolean
  inputmode?: InputHTMLAttributes<HTMLInputElement>['inputMode']
  /** Classes on the input, such as `govuk-input--width-20`. */
  classes?: string
  formGroup?: { classes?: string }
  describedBy?: string
  /** Anything else for the input element: `register(...)`, maxLength, dir. */
  attributes?: InputHTMLAttributes<HTMLInputElement> & Record<string, unknown>
}

/**
 * GOV.UK text input: label (the page's h1 when `label.isPageHeading`), hint, inline error, and
 * the input described by the hint then the error.
 */
export function TextInput(props: TextInputProps) {
  const { id, name, type = 'text', label, hint, errorMessage, value } = props
  const { hintId, errorId } = hintAndErrorIds(id, hint, errorMessage)
  return (
    <FormGroup error={!!errorMessage} classes={props.formGroup?.classes}>
      <Label label={label} htmlFor={id} />
      <HintAndError hint={hint} hintId={hintId} errorMessage={errorMessage} errorId={errorId} />
      <input
        className={cx('govuk-input', props.classes, errorMessage && 'govuk-input--error')}
        id={id}
        name={name}
        type={type}
        spellCheck={props.spellcheck}
        autoComplete={props.autocomplete}
        inputMode={props.inputmode}
        aria-describedby={describedByIds(props.describedBy, hintId, errorId)}
        defaultValue={value}
        {...props.attributes}
      />
    </FormGroup>
  )
}
