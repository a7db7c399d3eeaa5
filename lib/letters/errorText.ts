import type { Locale } from '@/i18n/locales'
import { formatDate } from '@/i18n/dates'
import type { Translate } from '@/lib/api/translator'

import { MAX_LENGTH, type AnswerError } from './answers'
import { QUESTION_KINDS, type QuestionId } from './definitions'

/**
 * The message for a wrong answer in the reader's language (GOV.UK error message style).
 * `t` translates keys of the `Letters` messages namespace.
 */
export function errorText(t: Translate, locale: Locale, question: QuestionId, error: AnswerError) {
  const kind = QUESTION_KINDS[question]
  switch (error.code) {
    case 'required':
      return t(`questions.${question}.required`)
    case 'too-long':
      return t('errors.tooLong', { max: MAX_LENGTH[question] ?? 0 })
    case 'future':
      return t('errors.future')
    case 'too-early':
      return t('errors.tooEarly')
    case 'date-parts':
      return t('errors.dateParts')
    case 'not-missed-yet':
      return t('errors.notMissedYet', { date: formatDate(error.due, locale, 'weekdayDate') })
    default:
      // A value that is not one of the options (an edited address) reads as no answer.
      if (kind === 'date') return t('errors.dateParts')
      if (kind === 'text' || kind === 'textarea') return t('errors.invalid')
      return t(`questions.${question}.required`)
  }
}
