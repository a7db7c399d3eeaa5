'use client'

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react'
import { v4 as uuidv4 } from 'uuid'
import { useForm, type Resolver } from 'react-hook-form'

import { requestCallback } from '@/lib/callback/action'
import { Checkboxes, ErrorSummary, Radios, Textarea, TextInput } from '@/components/govuk'
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
  const error = (field: CallbackField) => {
    const text = message(field)
    return text ? { text, visuallyHiddenText: labels.errorPrefix } : undefined
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
      <TextInput
        id={fieldId('name')}
        label={{ text: labels.name }}
        errorMessage={error('name')}
        value={state.values.name}
        autocomplete="name"
        spellcheck={false}
        attributes={register('name')}
      />
      <TextInput
        id={fieldId('phone')}
        type="tel"
        label={{ text: labels.phone }}
        hint={{ text: labels.phoneHint }}
        errorMessage={error('phone')}
        value={state.values.phone}
        autocomplete="tel"
        attributes={{ ...register('phone'), dir: 'ltr' }}
      />
      {(['preferredTime', 'topic'] as const).map((field) => (
        // The first radio keeps the field's id so the error summary can link to it.
        <Radios
          key={field}
          idPrefix={fieldId(field)}
          fieldset={{ legend: { text: labels[field], classes: 'govuk-fieldset__legend--s' } }}
          errorMessage={error(field)}
          classes="govuk-radios--small"
          value={state.values[field]}
          items={labels.choices[field].map((choice) => ({
            value: choice.value,
            text: choice.label,
          }))}
          attributes={register(field)}
        />
      ))}
      <Textarea
        id={fieldId('message')}
        rows={4}
        label={{ text: labels.message }}
        hint={{ text: labels.messageHint }}
        errorMessage={error('message')}
        value={state.values.message}
        attributes={register('message')}
      />
      <h3 className="govuk-heading-s">{labels.consentHeading}</h3>
      <p className="govuk-body" id={`${fieldId('consent')}-statement`}>
        {labels.consentStatement}
      </p>
      <Checkboxes
        idPrefix={fieldId('consent')}
        describedBy={`${fieldId('consent')}-statement`}
        errorMessage={error('consent')}
        classes="govuk-checkboxes--small"
        values={[state.values.consent]}
        items={[{ value: 'yes', text: labels.consent }]}
        attributes={register('consent')}
      />
      <button type="submit" className="govuk-button" disabled={pending}>
        {pending ? labels.sending : labels.submit}
      </button>
    </form>
  )
}
