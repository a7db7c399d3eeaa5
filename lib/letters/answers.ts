import { addDays, isIsoDate } from '@/lib/deadlines'
import { readDateInput, wrongDateParts, type DateInputPart } from '@/lib/forms/dateInput'

import {
  CHOICES,
  LETTERS,
  QUESTION_IDS,
  QUESTION_KINDS,
  type Answers,
  type LetterId,
  type QuestionId,
} from './definitions'

// The letter builder's answers travel in the query string of GET forms (the family's details
// stay in the browser and the address bar, never on the server). This file reads and checks them.

export type Search = Record<string, string | string[] | undefined>

export type AnswerError =
  | { code: 'required' | 'too-long' | 'invalid' | 'future' | 'too-early' }
  | { code: 'date-parts'; parts: DateInputPart[] }
  /** The 6 or 20 weeks have not passed yet: `due` is the last day the council has (ISO). */
  | { code: 'not-missed-yet'; due: string }

/** What the checks need besides the answers: today's date and what the CMS offers. */
export interface AnswerContext {
  /** Today in England, YYYY-MM-DD. */
  today: string
  councilCodes: readonly string[]
  /** Slugs of the mediation advisers serving the chosen council. */
  adviserSlugs: readonly string[]
}

/** Longest answers accepted, in characters (a letter must stay a letter). */
export const MAX_LENGTH: Partial<Record<QuestionId, number>> = {
  name: 100,
  child: 100,
  address: 300,
  issues: 2000,
  reasons: 2000,
  provision: 2000,
}

/** Days after the request by which the council must act (Regs 2014 reg 5(1), reg 13(2)). */
export const LIMIT_DAYS: Record<(typeof CHOICES.limit)[number], number> = {
  '6-weeks': 42,
  '20-weeks': 140,
}

const first = (value: string | string[] | undefined) =>
  ((Array.isArray(value) ? value[0] : value) ?? '').replace(/\r\n?/g, '\n').trim()

// Control characters other than tab and new line are never part of a name or an address.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/

/**
 * One date question's answer from the query string: the day, month and year boxes
 * (`<id>-day`, `<id>-month`, `<id>-year`) or, when all are empty, a `<id>=YYYY-MM-DD` value.
 * Returns `parts` (the boxes as typed, to show again) and `iso`: the YYYY-MM-DD date, '' when
 * nothing or a wrong box was given (then `wrong` lists the wrong boxes), or 'invalid' for an
 * ISO value that is not a real date. Never throws.
 */
export function readDate(search: Search, id: QuestionId) {
  const { value: parts, iso, missing, badIsoLink } = readDateInput(search, id)
  if (iso) return { parts, iso }
  if (missing.length === 3) return { parts, iso: badIsoLink ? 'invalid' : '' }
  // A box left empty is as wrong as one filled in wrongly: the letter needs the whole date.
  return { parts, iso: '', wrong: wrongDateParts(parts) }
}

/**
 * Every known answer in the query string, unchecked (see checkAnswer): text trimmed (first value
 * only), dates as YYYY-MM-DD from boxes or ISO ('invalid' for a bad ISO value). Empty answers are
 * left out. Never throws.
 */
export function readAnswers(search: Search): Answers {
  const answers: Answers = {}
  for (const id of QUESTION_IDS) {
    const value = QUESTION_KINDS[id] === 'date' ? readDate(search, id).iso : first(search[id])
    if (value) answers[id] = value
  }
  return answers
}

/**
 * Checks one answer; undefined when it is fine. Dates must be real and not in the future (a date
 * of birth after 1900); for the missed-time-limit letter, the 6 or 20 weeks after the request
 * must already have passed, or the council is not late yet.
 */
export function checkAnswer(
  id: QuestionId,
  answers: Answers,
  context: AnswerContext,
): AnswerError | undefined {
  const value = answers[id] ?? ''
  if (!value) return { code: 'required' }
  const max = MAX_LENGTH[id]
  if (max !== undefined && value.length > max) return { code: 'too-long' }
  switch (QUESTION_KINDS[id]) {
    case 'council':
      return context.councilCodes.includes(value) ? undefined : { code: 'invalid' }
    case 'provider':
      return context.adviserSlugs.includes(value) ? undefined : { code: 'invalid' }
    case 'choice': {
      const options = CHOICES[id as keyof typeof CHOICES] as readonly string[]
      if (!options.includes(value)) return { code: 'invalid' }
      if (id !== 'limit' || !answers.requested) return undefined
      const due = addDays(answers.requested, LIMIT_DAYS[value as keyof typeof LIMIT_DAYS])
      return due < context.today ? undefined : { code: 'not-missed-yet', due }
    }
    case 'date':
      if (!isIsoDate(value)) return { code: 'invalid' }
      if (value > context.today) return { code: 'future' }
      return id === 'dob' && value < '1900-01-01' ? { code: 'too-early' } : undefined
    default:
      return CONTROL.test(value) ? { code: 'invalid' } : undefined
  }
}

/**
 * The questions that apply to these answers, in order. `skip` leaves out questions the page
 * answers itself (the mediation adviser, when the council has one or none in the CMS).
 */
export function questionsFor(
  letter: LetterId,
  answers: Answers,
  skip: readonly QuestionId[] = [],
): QuestionId[] {
  return LETTERS[letter].questions
    .filter((q) => (!q.when || q.when(answers)) && !skip.includes(q.id))
    .map((q) => q.id)
}

/**
 * The first question still unanswered or wrong (`{ id, error }`, see checkAnswer), or undefined
 * when the letter is ready. `context.today` is England's date, YYYY-MM-DD.
 */
export function firstProblem(
  letter: LetterId,
  answers: Answers,
  context: AnswerContext,
  skip: readonly QuestionId[] = [],
) {
  for (const id of questionsFor(letter, answers, skip)) {
    const error = checkAnswer(id, answers, context)
    if (error) return { id, error }
  }
  return undefined
}

/**
 * Only the answers this letter's questions use (leaving out `except`, the question being asked),
 * for the next page's address or a form's hidden fields.
 */
export function answerEntries(letter: LetterId, answers: Answers, except?: QuestionId) {
  return questionsFor(letter, answers)
    .filter((id) => id !== except && answers[id])
    .map((id) => [id, answers[id]!] as const)
}

/** answerEntries as a query string ('' or '?council=...'). */
export function answersQuery(letter: LetterId, answers: Answers, except?: QuestionId): string {
  const query = new URLSearchParams()
  for (const [id, value] of answerEntries(letter, answers, except)) query.set(id, value)
  const text = query.toString()
  return text ? `?${text}` : ''
}

/** The page after `current`: the next question that applies, or the finished letter. */
export function nextStep(
  letter: LetterId,
  answers: Answers,
  current: QuestionId,
  skip: readonly QuestionId[] = [],
): QuestionId | 'your-letter' {
  const questions = questionsFor(letter, answers, skip)
  return questions[questions.indexOf(current) + 1] ?? 'your-letter'
}

/** The page before `current`: the previous question, or undefined for the first one. */
export function previousStep(
  letter: LetterId,
  answers: Answers,
  current: QuestionId | 'your-letter',
  skip: readonly QuestionId[] = [],
): QuestionId | undefined {
  const questions = questionsFor(letter, answers, skip)
  const index = current === 'your-letter' ? questions.length : questions.indexOf(current)
  return index > 0 ? questions[index - 1] : undefined
}
