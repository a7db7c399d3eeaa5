import { getTranslations } from 'next-intl/server'

import { ChoiceQuestion } from '@/components/ChoiceQuestion'
import { DateInput } from '@/components/DateInput'
import type { DateInputValue } from '@/lib/forms/dateInput'
import { Select, Textarea, TextInput } from '@/components/govuk'
import { MAX_LENGTH } from '@/lib/letters/answers'
import { CHOICES, QUESTION_KINDS, type QuestionId } from '@/lib/letters/definitions'
import type { AdviserOption } from '@/lib/letters/queries'
import { groupByRegion } from '@/lib/providers/filter'
import { REGIONS } from '@/lib/providers/options'
import type { Council } from '@/lib/providers/queries'

type Props = {
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
  const { question, value, dateParts, error, errorParts, councils, advisers } = props
  const t = await getTranslations('Letters')
  const tf = await getTranslations('Forms')
  const kind = QUESTION_KINDS[question]
  const label = t(`questions.${question}.label`)
  const hintKey = `questions.${question}.hint`
  const hint = t.has(hintKey as never) ? t(hintKey as never) : undefined

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

  // Free text and the council: the question is the label, inside the page's h1.
  const field = {
    id: question,
    name: question,
    label: { text: label, isPageHeading: true, classes: 'govuk-label--l' },
    hint: hint ? { text: hint } : undefined,
    errorMessage: error ? { text: error, visuallyHiddenText: tf('error') } : undefined,
    value,
  }
  if (kind === 'council') {
    return (
      <Select
        {...field}
        items={[
          { value: '', text: t('questions.council.choose') },
          ...groupByRegion(councils, REGIONS).map((group) => ({
            label: group.region,
            lang: 'en',
            items: group.councils.map((council) => ({ value: council.code, text: council.name })),
          })),
        ]}
      />
    )
  }
  const autocomplete =
    question === 'name' ? 'name' : question === 'address' ? 'street-address' : 'off'
  const text = {
    ...field,
    autocomplete,
    spellcheck: kind === 'textarea',
    attributes: { maxLength: MAX_LENGTH[question] },
  }
  return kind === 'textarea' ? (
    <Textarea {...text} rows={question === 'address' ? 4 : 8} />
  ) : (
    <TextInput {...text} />
  )
}
