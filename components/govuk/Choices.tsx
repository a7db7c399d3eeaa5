import type { InputHTMLAttributes, ReactNode } from 'react'

import { Fieldset, type FieldsetOptions } from './Fieldset'
import {
  cx,
  describedByIds,
  FormGroup,
  HintAndError,
  hintAndErrorIds,
  type ErrorMessageOptions,
  type HintOptions,
} from './shared'

type InputAttributes = InputHTMLAttributes<HTMLInputElement> & Record<string, unknown>

/** One radio or checkbox; `id` defaults to GOV.UK's `<idPrefix>`, `<idPrefix>-2`, ... */
export type ChoiceItem = {
  value: string
  text: ReactNode
  id?: string
  /** A hint under the item's label, id `<item id>-item-hint`, describing the item. */
  hint?: { text: ReactNode }
  checked?: boolean
  /** The item's own extra attributes. */
  attributes?: InputAttributes
}
/** A divider between items ("or"), as GOV.UK Frontend's `{ divider: 'or' }`. */
export type ChoiceDivider = { divider: string }

/** The options shared by GOV.UK Frontend's `govukRadios` and `govukCheckboxes` macros. */
export type ChoicesProps = {
  /** The first item's id and the stem of the others (defaults to `name`). */
  idPrefix?: string
  name?: string
  fieldset?: FieldsetOptions
  hint?: HintOptions
  errorMessage?: ErrorMessageOptions
  items: (ChoiceItem | ChoiceDivider)[]
  /** The checked values (also `item.checked`). */
  values?: string[]
  /** Classes on the `govuk-radios`/`govuk-checkboxes` div, such as `govuk-radios--small`. */
  classes?: string
  formGroup?: { classes?: string }
  describedBy?: string
  /** Attributes for every input, such as react-hook-form's `register(...)`. */
  attributes?: InputAttributes
}

/**
 * Radios or checkboxes as GOV.UK Frontend renders them: with a fieldset, the fieldset is
 * described by the hint then the error; without one (a single checkbox), each input is.
 */
export function Choices(props: ChoicesProps & { type: 'radio' | 'checkbox' }) {
  const { type, name, fieldset, hint, errorMessage, items, values = [] } = props
  const idPrefix = props.idPrefix ?? name ?? ''
  const kind = type === 'radio' ? 'radios' : 'checkboxes'
  const { hintId, errorId } = hintAndErrorIds(idPrefix, hint, errorMessage)
  const describedBy = describedByIds(fieldset?.describedBy ?? props.describedBy, hintId, errorId)
  // GOV.UK numbers the items without the dividers: <idPrefix>, <idPrefix>-2, ...
  const numbers = items.map(
    (_, at) => items.slice(0, at + 1).filter((i) => !('divider' in i)).length,
  )
  const controls = (
    <>
      <HintAndError hint={hint} hintId={hintId} errorMessage={errorMessage} errorId={errorId} />
      <div className={cx(`govuk-${kind}`, props.classes)}>
        {items.map((item, at) => {
          if ('divider' in item) {
            return (
              <div key={`divider-${item.divider}`} className={`govuk-${kind}__divider`}>
                {item.divider}
              </div>
            )
          }
          const index = numbers[at]
          const id = item.id ?? (index === 1 ? idPrefix : `${idPrefix}-${index}`)
          const itemHintId = item.hint ? `${id}-item-hint` : undefined
          const itemDescribedBy =
            [fieldset ? undefined : describedBy, itemHintId].filter(Boolean).join(' ') || undefined
          return (
            <div key={item.value} className={`govuk-${kind}__item`}>
              <input
                className={`govuk-${kind}__input`}
                id={id}
                name={name}
                type={type}
                value={item.value}
                defaultChecked={item.checked ?? values.includes(item.value)}
                aria-describedby={itemDescribedBy}
                {...props.attributes}
                {...item.attributes}
              />
              <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
                {item.text}
              </label>
              {item.hint && (
                <div id={itemHintId} className={`govuk-hint govuk-${kind}__hint`}>
                  {item.hint.text}
                </div>
              )}
            </div>
          )
        })}
      </div>
    </>
  )
  return (
    <FormGroup error={!!errorMessage} classes={props.formGroup?.classes}>
      {fieldset ? (
        <Fieldset {...fieldset} describedBy={describedBy}>
          {controls}
        </Fieldset>
      ) : (
        controls
      )}
    </FormGroup>
  )
}

/** GOV.UK radios (`govukRadios`): `value` is the checked one. */
export function Radios(props: Omit<ChoicesProps, 'values'> & { value?: string }) {
  const { value, ...rest } = props
  return <Choices type="radio" values={value ? [value] : []} {...rest} />
}

/** GOV.UK checkboxes (`govukCheckboxes`): `values` are the checked ones. */
export function Checkboxes(props: ChoicesProps) {
  return <Choices type="checkbox" {...props} />
}
