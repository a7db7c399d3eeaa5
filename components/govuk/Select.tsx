import type { SelectHTMLAttributes } from 'react'

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

export type SelectOption = { value: string; text: string }
/** An `<optgroup>`; `lang` marks a label in another language than the page's. */
export type SelectGroup = { label: string; lang?: string; items: SelectOption[] }

/** The options of GOV.UK Frontend's `govukSelect` macro, plus option groups. */
export type SelectProps = {
  id: string
  name: string
  label: LabelOptions
  hint?: HintOptions
  errorMessage?: ErrorMessageOptions
  items: (SelectOption | SelectGroup)[]
  /** The selected option's value. */
  value?: string
  classes?: string
  formGroup?: { classes?: string }
  describedBy?: string
  attributes?: SelectHTMLAttributes<HTMLSelectElement> & Record<string, unknown>
}

const option = (item: SelectOption) => (
  <option key={item.value} value={item.value}>
    {item.text}
  </option>
)

/** GOV.UK select: label, hint, inline error, the select described by the hint then the error. */
export function Select(props: SelectProps) {
  const { id, name, label, hint, errorMessage, items, value } = props
  const { hintId, errorId } = hintAndErrorIds(id, hint, errorMessage)
  return (
    <FormGroup error={!!errorMessage} classes={props.formGroup?.classes}>
      <Label label={label} htmlFor={id} />
      <HintAndError hint={hint} hintId={hintId} errorMessage={errorMessage} errorId={errorId} />
      <select
        className={cx('govuk-select', props.classes, errorMessage && 'govuk-select--error')}
        id={id}
        name={name}
        defaultValue={value}
        aria-describedby={describedByIds(props.describedBy, hintId, errorId)}
        {...props.attributes}
      >
        {items.map((item) =>
          'items' in item ? (
            <optgroup key={item.label} label={item.label} lang={item.lang}>
              {item.items.map(option)}
            </optgroup>
          ) : (
            option(item)
          ),
        )}
      </select>
    </FormGroup>
  )
}
