import type { SelectHTMLAttributes } from 'react'

import { LabelledField, type FieldOptions } from './shared'

export type SelectOption = { value: string; text: string }
/** An `<optgroup>`; `lang` marks a label in another language than the page's. */
export type SelectGroup = { label: string; lang?: string; items: SelectOption[] }

/** The options of GOV.UK Frontend's `govukSelect` macro, plus option groups. */
export type SelectProps = FieldOptions & {
  name: string
  items: (SelectOption | SelectGroup)[]
  /** The selected option's value. */
  value?: string
  attributes?: SelectHTMLAttributes<HTMLSelectElement> & Record<string, unknown>
}

const option = (item: SelectOption) => (
  <option key={item.value} value={item.value}>
    {item.text}
  </option>
)

/** GOV.UK select: label, hint, inline error, the select described by the hint then the error. */
export function Select(props: SelectProps) {
  return (
    <LabelledField {...props} base="govuk-select">
      {(control) => (
        <select {...control} {...props.attributes}>
          {props.items.map((item) =>
            'items' in item ? (
              <optgroup key={item.label} label={item.label} lang={item.lang}>
                {item.items.map(option)}
              </optgroup>
            ) : (
              option(item)
            ),
          )}
        </select>
      )}
    </LabelledField>
  )
}
