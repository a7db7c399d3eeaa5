import { getTranslations } from 'next-intl/server'

import { ChoiceQuestion } from '@/components/ChoiceQuestion'
import { DateInput } from '@/components/DateInput'
import type { DateInputValue } from '@/lib/forms/dateInput'
import { ErrorMessage } from '@/components/ErrorSummary'
import type { Locale } from '@/i18n/locales'
import { MAX_LENGTH } from '@/lib/letters/answers'
import { CHOICES, QUESTION_KINDS, type QuestionId } from '@/lib/letters/definitions'
import type { AdviserOption } from '@/lib/letters/queries'
import { groupByRegion } from '@/lib/providers/filter'
import { REGIONS } from '@/lib/providers/options'
import type { Council } from '@/lib/providers/queries'

type Props = {
  locale: Locale
  question: QuestionId
  value: string
  dateParts: DateInputValue
  error?: string
  errorParts?: ('day' | 'month' | 'year')[]
  councils: Council[]
  advisers: AdviserOption[]
}

/** One letter-builder question as the page's h1, in the GOV.UK shape for its kind. */
export async function LetterQuestion(props: Props) {
  const { locale, question, value, dateParts, error, errorParts, councils, advisers } = props
  const t = await getTranslations({ locale, namespace: 'Letters' })
  const tf = await getTranslations({ locale, namespace: 'Forms' })
  const kind = QUESTION_KINDS[question]
  const label = t(`questions.${question}.label`)
  const hintKey = `questions.${question}.hint`
  const hint = t.has(hintKey as never) ? t(hintKey as never) : undefined
  const describedBy =
    [hint && `${question}-hint`, error && `${question}-error`].filter(Boolean).join(' ') ||
    undefined

  if (kind === 'date') {
    return (
      <DateInput
        name={question}
        legend={label}
        hint={hint}
        value={dateParts}
        error={error}
        errorParts={errorParts}
        labels={{ day: tf('day'), month: tf('month'), year: tf('year'), error: tf('error') }}
        isPageHeading
      />
    )
  }
  if (kind === 'choice' || kind === 'provider') {
    const choices =
      kind === 'provider'
        ? advisers.map((a) => ({ value: a.slug, label: a.name }))
        : CHOICES[question as keyof typeof CHOICES].map((option) => ({
            value: option,
            label: t(`questions.${question}.options.${option}` as never),
          }))
    return (
      <ChoiceQuestion
        type="radio"
        name={question}
        question={label}
        hint={hint}
        error={error}
        errorPrefix={tf('error')}
        choices={choices}
        checked={value ? [value] : []}
      />
    )
  }

  const wrapper = `govuk-form-group${error ? ' govuk-form-group--error' : ''}`
  const heading = (
    <h1 className="govuk-label-wrapper">
      <label className="govuk-label govuk-label--l" htmlFor={question}>
        {label}
      </label>
    </h1>
  )
  const hintAndError = (
    <>
      {hint && (
        <div id={`${question}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={`${question}-error`} prefix={tf('error')} text={error} />}
    </>
  )
  if (kind === 'council') {
    return (
      <div className={wrapper}>
        {heading}
        {hintAndError}
        <select
          className={`govuk-select${error ? ' govuk-select--error' : ''}`}
          id={question}
          name={question}
          defaultValue={value}
          aria-describedby={describedBy}
        >
          <option value="">{t('questions.council.choose')}</option>
          {groupByRegion(councils, REGIONS).map((group) => (
            <optgroup key={group.region} label={group.region} lang="en">
              {group.councils.map((council) => (
                <option key={council.code} value={council.code}>
                  {council.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
    )
  }
  const common = {
    id: question,
    name: question,
    defaultValue: value,
    'aria-describedby': describedBy,
    maxLength: MAX_LENGTH[question],
    spellCheck: kind === 'textarea',
  }
  const autoComplete =
    question === 'name' ? 'name' : question === 'address' ? 'street-address' : 'off'
  return (
    <div className={wrapper}>
      {heading}
      {hintAndError}
      {kind === 'textarea' ? (
        <textarea
          className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
          rows={question === 'address' ? 4 : 8}
          autoComplete={autoComplete}
          {...common}
        />
      ) : (
        <input
          className={`govuk-input${error ? ' govuk-input--error' : ''}`}
          type="text"
          autoComplete={autoComplete}
          {...common}
        />
      )}
    </div>
  )
}
