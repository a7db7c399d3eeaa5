import type { ReactNode } from 'react'

import { ErrorMessage as InlineError } from '@/components/ErrorSummary'

/** A field's label, as GOV.UK Frontend's `label` option: `isPageHeading` wraps it in the h1. */
export type LabelOptions = { text: ReactNode; isPageHeading?: boolean; classes?: string }
/** A hint under the label or legend; its id is `<id>-hint` unless given. */
export type HintOptions = { text: ReactNode; id?: string; classes?: string }
/** An inline error; `visuallyHiddenText` is the read-out prefix ("Error"), in the reader's language. */
export type ErrorMessageOptions = { text: string; visuallyHiddenText: string; id?: string }

/** Joins class names, leaving out empty ones. */
export const cx = (...names: (string | false | null | undefined)[]) =>
  names.filter(Boolean).join(' ')

/**
 * The ids a field's aria-describedby lists, in GOV.UK Frontend's order: the caller's own
 * `describedBy` first, then the hint, then the error. Undefined when there is none.
 */
export function describedByIds(
  describedBy: string | undefined,
  hintId: string | undefined,
  errorId: string | undefined,
): string | undefined {
  return [describedBy, hintId, errorId].filter(Boolean).join(' ') || undefined
}

/** The ids of a field's hint and error (undefined when absent): `<id>-hint`, `<id>-error`. */
export function hintAndErrorIds(
  id: string,
  hint?: HintOptions,
  errorMessage?: ErrorMessageOptions,
) {
  return {
    hintId: hint ? (hint.id ?? `${id}-hint`) : undefined,
    errorId: errorMessage ? (errorMessage.id ?? `${id}-error`) : undefined,
  }
}

/** `govuk-form-group`, with the error modifier when the field has an error. */
export function FormGroup(props: { error: boolean; classes?: string; children: ReactNode }) {
  return (
    <div
      className={cx('govuk-form-group', props.error && 'govuk-form-group--error', props.classes)}
    >
      {props.children}
    </div>
  )
}

/** GOV.UK label; on a one-question page it sits inside the h1 (`govuk-label-wrapper`). */
export function Label({ label, htmlFor }: { label: LabelOptions; htmlFor: string }) {
  const element = (
    <label className={cx('govuk-label', label.classes)} htmlFor={htmlFor}>
      {label.text}
    </label>
  )
  return label.isPageHeading ? <h1 className="govuk-label-wrapper">{element}</h1> : element
}

/** The hint and the inline error, in that order, as GOV.UK Frontend renders them. */
export function HintAndError(props: {
  hint?: HintOptions
  hintId?: string
  errorMessage?: ErrorMessageOptions
  errorId?: string
}) {
  const { hint, hintId, errorMessage, errorId } = props
  return (
    <>
      {hint && hintId && (
        <div id={hintId} className={cx('govuk-hint', hint.classes)}>
          {hint.text}
        </div>
      )}
      {errorMessage && errorId && (
        <InlineError
          id={errorId}
          prefix={errorMessage.visuallyHiddenText}
          text={errorMessage.text}
        />
      )}
    </>
  )
}

/** The options every labelled single control shares (govukInput, govukTextarea, govukSelect). */
export type FieldOptions = {
  id: string
  label: LabelOptions
  hint?: HintOptions
  errorMessage?: ErrorMessageOptions
  /** Classes on the control itself, such as `govuk-input--width-20`. */
  classes?: string
  formGroup?: { classes?: string }
  /** Ids the control is described by before its hint and error. */
  describedBy?: string
}

/** The attributes every labelled control carries, worked out by LabelledField. */
export type ControlAttributes = {
  className: string
  id: string
  name?: string
  'aria-describedby'?: string
  defaultValue?: string
}

/**
 * The frame of a labelled control: form group (with its error modifier), label, hint, inline
 * error. `children` draws the control with the attributes it must carry: its class (the base
 * class, the caller's classes and, with an error, the base class's `--error`), id, name, starting
 * value, and `aria-describedby` (the caller's ids, then the hint, then the error, as GOV.UK
 * Frontend orders them).
 */
export function LabelledField(
  props: FieldOptions & {
    /** The control's GOV.UK class: `govuk-input`, `govuk-textarea`, `govuk-select`. */
    base: string
    name?: string
    value?: string
    children: (control: ControlAttributes) => ReactNode
  },
) {
  const { id, label, hint, errorMessage, base } = props
  const { hintId, errorId } = hintAndErrorIds(id, hint, errorMessage)
  return (
    <FormGroup error={!!errorMessage} classes={props.formGroup?.classes}>
      <Label label={label} htmlFor={id} />
      <HintAndError hint={hint} hintId={hintId} errorMessage={errorMessage} errorId={errorId} />
      {props.children({
        className: cx(base, props.classes, errorMessage && `${base}--error`),
        id,
        name: props.name,
        'aria-describedby': describedByIds(props.describedBy, hintId, errorId),
        defaultValue: props.value,
      })}
    </FormGroup>
  )
}
