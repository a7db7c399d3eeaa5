import { allowedPlaceholders, isLetterId, LETTERS } from './definitions'
import { checkTemplate, describeProblems } from './template'

/**
 * The CMS's check of a letter's subject or body on save: true, or one English message naming
 * every unknown placeholder (and what the letter can use) or broken {{#if}} block. A text saved
 * before its letter is chosen is checked once the letter is known.
 */
export function validateLetterText(value: unknown, letterId: unknown): true | string {
  if (typeof value !== 'string' || value.trim() === '') return 'This field is required.'
  if (!isLetterId(letterId)) return true
  const placeholders = allowedPlaceholders(letterId)
  const problems = checkTemplate(value, { placeholders, flags: LETTERS[letterId].flags })
  return problems.length === 0 ? true : describeProblems(problems, placeholders)
}
