import { isLocale, type Locale } from '@/i18n/locales'
import { isSameSitePath } from '@/lib/api/sameSitePath'
import { stripInvisible } from '@/lib/plainText'

import { PROBLEM_MAX_LENGTH, type FeedbackErrorCode, type FeedbackKind } from './formState'

export type FeedbackInput = { get(name: string): unknown }

/** A valid submission, ready to store. `problem` is empty unless kind is 'problem'. */
export type Feedback = { kind: FeedbackKind; locale: Locale; page: string; problem: string }

export type FeedbackValidation =
  | { ok: true; feedback: Feedback }
  | { ok: false; reason: 'malformed' }
  | { ok: false; reason: 'invalid'; problem: string; error: FeedbackErrorCode }

const MAX_PATH_LENGTH = 300
const text = (value: unknown) => (typeof value === 'string' ? value : '')

/**
 * Checks one submission of the page feedback box (every field arrives from the form).
 *
 * - `kind`: `useful` | `notUseful` | `problem`; anything else is malformed.
 * - `page`: the path of the page it is about, `/{locale}` or `/{locale}/...`, a same-site path of
 *   at most 300 characters without a query (lib/api/sameSitePath.ts); its first segment is the
 *   locale stored. Anything else is malformed (the form sets it; a person never types it).
 * - `problem` (kind `problem` only): required, at most PROBLEM_MAX_LENGTH characters after
 *   invisible characters are stripped and the ends trimmed; errors `problemRequired`,
 *   `problemTooLong`, with the text as typed for the form to show again.
 *
 * Never throws.
 */
export function validateFeedback(form: FeedbackInput): FeedbackValidation {
  const kind = text(form.get('kind'))
  const page = text(form.get('page'))
  if (kind !== 'useful' && kind !== 'notUseful' && kind !== 'problem') {
    return { ok: false, reason: 'malformed' }
  }
  const locale = page.split('/')[1]
  if (page.length > MAX_PATH_LENGTH || !isSameSitePath(page) || !isLocale(locale)) {
    return { ok: false, reason: 'malformed' }
  }
  if (kind !== 'problem') return { ok: true, feedback: { kind, locale, page, problem: '' } }

  const typed = text(form.get('problem'))
  const problem = stripInvisible(typed, { multiline: true }).trim()
  if (!problem) return { ok: false, reason: 'invalid', problem: typed, error: 'problemRequired' }
  if (problem.length > PROBLEM_MAX_LENGTH) {
    return { ok: false, reason: 'invalid', problem: typed, error: 'problemTooLong' }
  }
  return { ok: true, feedback: { kind, locale, page, problem } }
}
