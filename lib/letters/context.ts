import type { Locale } from '@/i18n/locales'
import { todayInEngland } from '@/i18n/dates'

import type { AnswerContext } from './answers'
import { LETTERS, type Answers, type LetterId, type QuestionId } from './definitions'
import { councilRecipient, findAdvisers, listCouncils } from './queries'
import type { Recipient } from './render'

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
