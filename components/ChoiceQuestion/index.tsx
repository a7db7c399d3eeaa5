import { ErrorMessage } from '@/components/ErrorSummary'

export type Choice = { value: string; label: string }

type Props = {
  type: 'radio' | 'checkbox'
  name: string
  question: string
  hint?: string
  error?: string
  errorPrefix: string
  choices: Choice[]
  /** Shown after an "or" divider, like GOV.UK's "none of these" option. */
  alternative?: Choice & { or: string }
  checked: string[]
}

/** One GOV.UK question page's radios or checkboxes; the question is the page's h1. */
export function ChoiceQuestion(props: Props) {
  const { type, name, question, hint, error, errorPrefix, choices, alternative, checked } = props
  const kind = type === 'radio' ? 'radios' : 'checkboxes'
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ')
  const item = (choice: Choice, index: number) => {
    // The first box keeps the plain id so the error summary can link to it (GOV.UK convention).
    const id = index === 0 ? name : `${name}-${index + 1}`
    return (
      <div key={choice.value} className={`govuk-${kind}__item`}>
        <input
          className={`govuk-${kind}__input`}
          id={id}
          name={name}
          type={type}
          value={choice.value}
          defaultChecked={checked.includes(choice.value)}
        />
        <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
          {choice.label}
        </label>
      </div>
    )
  }
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--l">
          <h1 className="govuk-fieldset__heading">{question}</h1>
        </legend>
        {hint && (
          <div id={`${name}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={`${name}-error`} prefix={errorPrefix} text={error} />}
        <div className={`govuk-${kind}`}>
          {choices.map(item)}
          {alternative && (
            <>
              <div className={`govuk-${kind}__divider`}>{alternative.or}</div>
              {item(alternative, choices.length)}
            </>
          )}
        </div>
      </fieldset>
    </div>
  )
}
