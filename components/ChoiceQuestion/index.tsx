import { Checkboxes, Radios } from '@/components/govuk'

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
  const item = (choice: Choice) => ({ value: choice.value, text: choice.label })
  const items = [
    ...choices.map(item),
    ...(alternative ? [{ divider: alternative.or }, item(alternative)] : []),
  ]
  // The first box keeps the plain id so the error summary can link to it (GOV.UK convention).
  const options = {
    name,
    fieldset: {
      legend: { text: question, isPageHeading: true, classes: 'govuk-fieldset__legend--l' },
    },
    hint: hint ? { text: hint } : undefined,
    errorMessage: error ? { text: error, visuallyHiddenText: errorPrefix } : undefined,
    items,
  }
  return type === 'radio' ? (
    <Radios {...options} value={checked[0]} />
  ) : (
    <Checkboxes {...options} values={checked} />
  )
}
