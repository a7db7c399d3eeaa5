import type { Locale } from '@/i18n/locales'
import { todayInEngland } from '@/i18n/dates'
import { getCalendar } from '@/lib/deadlines/calendarQuery'

import type { AnswerContext } from './answers'
import { LETTERS, type Answers, type LetterId, type QuestionId } from './definitions'
import { councilRecipient, findAdvisers, getLetterText, listCouncils } from './queries'
import { buildLetter, type Recipient } from './render'

/**
 * What the CMS offers for these answers: the councils, the chosen council's mediation advisers,
 * and which question the page answers itself (the adviser, when there is one or none to choose).
 */
export async function letterContext(locale: Locale, letter: LetterId, answers: Answers) {
  const councils = await listCouncils()
  const council = councils.find((c) => c.code === answers.council)
  const toAdviser = LETTERS[letter].recipient === 'mediation-adviser'
  const advisers = toAdviser && council ? await findAdvisers(locale, council) : []
  const skip: QuestionId[] = toAdviser && advisers.length > 1 ? [] : ['adviser']
  const context: AnswerContext = {
    today: todayInEngland(),
    councilCodes: councils.map((c) => c.code),
    adviserSlugs: advisers.map((a) => a.slug),
  }
  return { councils, council, advisers, skip, context }
}

type LoadedContext = Awaited<ReturnType<typeof letterContext>>

/**
 * Who the letter goes to: the chosen (or only) mediation adviser, or the council's team. `known`
 * is false when the CMS has no adviser for the council: the family copies it from the decision.
 */
export async function recipientFor(
  locale: Locale,
  letter: LetterId,
  answers: Answers,
  { council, advisers }: LoadedContext,
): Promise<{ recipient: Recipient; known: boolean }> {
  if (!council) return { recipient: { name: '', address: [] }, known: false }
  if (LETTERS[letter].recipient === 'council') {
    return { recipient: await councilRecipient(locale, council), known: true }
  }
  const adviser = advisers.find((a) => a.slug === answers.adviser) ?? advisers[0]
  if (!adviser) return { recipient: { name: 'The mediation adviser', address: [] }, known: false }
  return { recipient: { name: adviser.name, address: adviser.address }, known: true }
}

/**
 * The whole letter for answers that firstProblem has passed: its text in `locale`'s CMS words,
 * the recipient and today's date in England, as the page shows it and the .txt/.docx downloads
 * contain it (one builder, so the two never differ).
 *
 * @returns `doc` (render.ts buildLetter's document), `text` and `explanation` (the CMS's
 *   letter text and its note for the page), `recipient`, `known` (false when the recipient must
 *   be copied from the decision letter) and `today` (YYYY-MM-DD, the letter's date).
 */
export async function composeLetter(
  locale: Locale,
  letter: LetterId,
  answers: Answers,
  loaded: LoadedContext,
) {
  const [{ text, explanation }, { recipient, known }, calendar] = await Promise.all([
    getLetterText(letter, locale),
    recipientFor(locale, letter, answers, loaded),
    getCalendar(),
  ])
  const today = loaded.context.today
  const councilName = loaded.council?.name ?? ''
  const doc = buildLetter({ letter, text, answers, councilName, recipient, today, calendar })
  return { doc, text, explanation, recipient, known, today }
}
