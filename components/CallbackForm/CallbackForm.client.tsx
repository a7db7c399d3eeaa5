'use client'

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react'
import { v4 as uuidv4 } from 'uuid'
import {
  useForm,
  type Resolver,
  type UseFormRegister,
  type UseFormRegisterReturn,
} from 'react-hook-form'

import { requestCallback } from '@/lib/callback/action'
import { ErrorMessage, ErrorSummary } from '@/components/ErrorSummary'
import { HONEYPOT_FIELD, initialCallbackState } from '@/lib/callback/formState'
import {
  CALLBACK_FIELDS,
  callbackValuesFrom,
  validateCallback,
  type CallbackErrorCode,
  type CallbackField,
  type CallbackValues,
} from '@/lib/callback/validate'

type Choice = { value: string; label: string }

export type CallbackFormLabels = {
  name: string
  phone: string
  phoneHint: string
  preferredTime: string
  topic: string
  choices: Record<'preferredTime' | 'topic', Choice[]>
  message: string
  messageHint: string
  consentHeading: string
  consentStatement: string
  consent: string
  honeypot: string
  submit: string
  sending: string
  sentTitle: string
  sentBody: string
  /** The SEN team's phone and e-mail (Site settings), repeated in the confirmation. */
  sentContact?: { label: string; text: string; href: string | null }[]
  errorSummaryTitle: string
  errorPrefix: string
  errors: Record<CallbackErrorCode | 'rateLimited' | 'unavailable' | 'failed', string>
}

type Props = { locale: string; provider: string; labels: CallbackFormLabels }

const ID = 'callback'
const fieldId = (field: CallbackField) => `${ID}-${field}`

// The server's rules, run in the browser first so a mistake is shown without a round trip.
const resolver: Resolver<CallbackValues> = (values) => {
  const result = validateCallback(callbackValuesFrom((name) => values[name]))
  if (result.ok) return { values, errors: {} }
  const errors = Object.fromEntries(
    Object.entries(result.errors).map(([field, code]) => [
      field,
      { type: 'validate', message: code },
    ]),
  )
  return { values: {}, errors }
}

/**
 * The form posts to a server action, so it works without JavaScript; react-hook-form checks it
 * first when JavaScript runs. Either way the same messages appear, and what was typed stays.
 */
export function CallbackFormClient({ locale, provider, labels }: Props) {
  const [state, formAction, pending] = useActionState(requestCallback, initialCallbackState)
  const token = useRef<string | null>(null)
  const { register, handleSubmit, formState } = useForm<CallbackValues>({
    defaultValues: state.values,
    resolver,
    shouldFocusError: false,
  })
  const summaryRef = useRef<HTMLDivElement>(null)
  const sentRef = useRef<HTMLDivElement>(null)
  // React honours autoFocus only on form controls: after each attempt, move focus to the error
  // summary or the confirmation by hand, as GOV.UK asks. (Without JavaScript the browser does it.)
  useEffect(() => {
    const summary = summaryRef.current?.querySelector<HTMLElement>('.govuk-error-summary')
    ;(sentRef.current ?? summary)?.focus()
  }, [formState.submitCount, state])

  if (state.status === 'sent') {
    return (
      <div
        ref={sentRef}
        className="govuk-notification-banner govuk-notification-banner--success"
        role="alert"
        aria-labelledby={`${ID}-sent-title`}
        tabIndex={-1}
        autoFocus
      >
        <div className="govuk-notification-banner__content">
          <h3 id={`${ID}-sent-title`} className="govuk-notification-banner__heading">
            {labels.sentTitle}
          </h3>
          <p className="govuk-body">{labels.sentBody}</p>
          {labels.sentContact && labels.sentContact.length > 0 && (
            <ul className="govuk-list">
              {labels.sentContact.map(({ label, text, href }) => (
                <li key={label}>
                  {label}:{' '}
                  {href ? (
                    <a className="govuk-notification-banner__link" href={href} dir="ltr">
                      {text}
                    </a>
                  ) : (
                    <span dir="ltr">{text}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    )
  }

  const clientErrors = Object.entries(formState.errors).map(([field, error]) => [
    field,
    error?.message,
  ])
  const codes: Partial<Record<CallbackField, string>> =
    clientErrors.length > 0 ? Object.fromEntries(clientErrors) : state.errors
  const message = (field: CallbackField) => {
    const code = codes[field] as CallbackErrorCode | undefined
    return code ? labels.errors[code] : undefined
  }
  const summary = CALLBACK_FIELDS.flatMap((field) => {
    const text = message(field)
    return text ? [{ href: `#${fieldId(field)}`, text }] : []
  })
  const formProblem =
    state.status === 'rateLimited' || state.status === 'unavailable' || state.status === 'failed'
      ? labels.errors[state.status]
      : null

  // Without JavaScript the form posts with no token and the server keys it on the answers.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget
    void handleSubmit(() => {
      const data = new FormData(form)
      // A random token per form, so a double submit stores one request (lib/callback/store).
      // uuid's v4, not crypto.randomUUID: that exists only on HTTPS pages and localhost.
      token.current ??= uuidv4()
      data.set('token', token.current)
      startTransition(() => formAction(data))
    })(event)
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <div ref={summaryRef}>
        <ErrorSummary
          title={labels.errorSummaryTitle}
          items={formProblem ? [{ href: `#${fieldId('name')}`, text: formProblem }] : summary}
        />
      </div>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="provider" value={provider} />
      <div className="app-callback-trap" aria-hidden="true">
        <label htmlFor={`${ID}-${HONEYPOT_FIELD}`}>{labels.honeypot}</label>
        <input
          id={`${ID}-${HONEYPOT_FIELD}`}
          name={HONEYPOT_FIELD}
          type="text"
          tabIndex={-1}
          autoComplete="off"
        />
      </div>
      <TextField
        field="name"
        label={labels.name}
        error={message('name')}
        errorPrefix={labels.errorPrefix}
        defaultValue={state.values.name}
        input={{ ...register('name'), autoComplete: 'name', spellCheck: false }}
      />
      <TextField
        field="phone"
        label={labels.phone}
        hint={labels.phoneHint}
        error={message('phone')}
        errorPrefix={labels.errorPrefix}
        defaultValue={state.values.phone}
        input={{ ...register('phone'), type: 'tel', autoComplete: 'tel', dir: 'ltr' }}
      />
      {(['preferredTime', 'topic'] as const).map((field) => (
        <Radios
          key={field}
          field={field}
          legend={labels[field]}
          choices={labels.choices[field]}
          checked={state.values[field]}
          error={message(field)}
          errorPrefix={labels.errorPrefix}
          register={register}
        />
      ))}
      <div className={`govuk-form-group${message('message') ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor={fieldId('message')}>
          {labels.message}
        </label>
        <div id={`${fieldId('message')}-hint`} className="govuk-hint">
          {labels.messageHint}
        </div>
        {message('message') && (
          <ErrorMessage
            id={`${fieldId('message')}-error`}
            prefix={labels.errorPrefix}
            text={message('message')!}
          />
        )}
        <textarea
          className={`govuk-textarea${message('message') ? ' govuk-textarea--error' : ''}`}
          id={fieldId('message')}
          rows={4}
          defaultValue={state.values.message}
          aria-describedby={describedBy('message', true, !!message('message'))}
          {...register('message')}
        />
      </div>
      <h3 className="govuk-heading-s">{labels.consentHeading}</h3>
      <p className="govuk-body" id={`${fieldId('consent')}-statement`}>
        {labels.consentStatement}
      </p>
      <div className={`govuk-form-group${message('consent') ? ' govuk-form-group--error' : ''}`}>
        {message('consent') && (
          <ErrorMessage
            id={`${fieldId('consent')}-error`}
            prefix={labels.errorPrefix}
            text={message('consent')!}
          />
        )}
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id={fieldId('consent')}
              type="checkbox"
              value="yes"
              aria-describedby={[
                `${fieldId('consent')}-statement`,
                message('consent') && `${fieldId('consent')}-error`,
              ]
                .filter(Boolean)
                .join(' ')}
              defaultChecked={state.values.consent === 'yes'}
              {...register('consent')}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={fieldId('consent')}>
              {labels.consent}
            </label>
          </div>
        </div>
      </div>
      <button type="submit" className="govuk-button" disabled={pending}>
        {pending ? labels.sending : labels.submit}
      </button>
    </form>
  )
}

function describedBy(field: CallbackField, hint: boolean, error: boolean) {
  const ids = [hint && `${fieldId(field)}-hint`, error && `${fieldId(field)}-error`]
  return ids.filter(Boolean).join(' ') || undefined
}

type FieldProps = { field: CallbackField; error?: string; errorPrefix: string }

function TextField({
  field,
  label,
  hint,
  error,
  errorPrefix,
  defaultValue,
  input,
}: FieldProps & {
  label: string
  hint?: string
  defaultValue: string
  input: UseFormRegisterReturn & {
    type?: string
    autoComplete?: string
    spellCheck?: boolean
    dir?: 'ltr'
  }
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={fieldId(field)}>
        {label}
      </label>
      {hint && (
        <div id={`${fieldId(field)}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={`${fieldId(field)}-error`} prefix={errorPrefix} text={error} />}
      <input
        className={`govuk-input${error ? ' govuk-input--error' : ''}`}
        id={fieldId(field)}
        type="text"
        aria-describedby={describedBy(field, !!hint, !!error)}
        defaultValue={defaultValue}
        {...input}
      />
    </div>
  )
}

function Radios({
  field,
  legend,
  choices,
  checked,
  error,
  errorPrefix,
  register,
}: FieldProps & {
  legend: string
  choices: Choice[]
  checked: string
  register: UseFormRegister<CallbackValues>
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(field, false, !!error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {error && <ErrorMessage id={`${fieldId(field)}-error`} prefix={errorPrefix} text={error} />}
        <div className="govuk-radios govuk-radios--small">
          {choices.map((choice, index) => {
            // The first radio keeps the field's id so the error summary can link to it.
            const id = index === 0 ? fieldId(field) : `${fieldId(field)}-${index + 1}`
            return (
              <div key={choice.value} className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={id}
                  type="radio"
                  value={choice.value}
                  defaultChecked={checked === choice.value}
                  {...register(field)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {choice.label}
                </label>
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}
