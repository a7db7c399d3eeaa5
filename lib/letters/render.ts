import {
  addDays,
  certificateDeadline,
  contactAdviserDeadline,
  mediationDeadline,
  type WorkingDayCalendar,
} from '@/lib/deadlines'

import { formatDate } from '@/i18n/dates'

import { LIMIT_DAYS } from './answers'
import { allowedPlaceholders, LETTERS, type Answers, type LetterId } from './definitions'
import { renderTemplate } from './template'

/** The editable words of one letter (collections/LetterTemplates.ts): English, as sent. */
export interface LetterText {
  subject: string
  body: string
  /** The law the letter relies on, e.g. "Children and Families Act 2014, s42(2)". */
  legalBasis: string
}

/** Who the letter goes to, from the CMS (a council team or mediation provider). */
export interface Recipient {
  name: string
  /** Address lines; empty when the CMS has none (the family adds it by hand). */
  address: string[]
}

/** A date the letter relies on, to show beside it in the reader's language. */
export interface KeyDate {
  id: 'decisionDue' | 'certificateDue' | 'adviserContactBy' | 'mediationBy' | 'limitDue'
  /** YYYY-MM-DD */
  date: string
  legalBasis: string
}

/** A finished letter, ready to print, save as text or as .docx. */
export interface LetterDocument {
  senderName: string
  senderAddress: string[]
  /** Today, as "1 December 2026". */
  date: string
  recipient: Recipient
  subject: string
  salutation: string
  /** Paragraphs of the body; a paragraph may hold line breaks (a list). */
  paragraphs: string[]
  signOff: string
  legalBasis: string
  keyDates: KeyDate[]
}

export interface LetterInput {
  letter: LetterId
  text: LetterText
  /** Checked answers (lib/letters/answers.ts firstProblem returned undefined). */
  answers: Answers
  councilName: string
  recipient: Recipient
  /** Today in England, YYYY-MM-DD. */
  today: string
  calendar: WorkingDayCalendar
}

/**
 * "2026-12-01" -> "1 December 2026" (the letter is always in English). Throws RangeError for a
 * value that is not a date.
 */
export function englishDate(iso: string): string {
  return formatDate(iso, 'en')
}

const CARE_PROVISION: Record<string, string> = {
  health: 'health care provision',
  'social-care': 'social care provision',
  both: 'health care and social care provision',
}

/**
 * The dates a letter relies on (`{ id, date: YYYY-MM-DD, legalBasis }`), from the deadline rules
 * (lib/deadlines) where one applies: the decision on assessment 6 weeks (42 days) after today
 * (Regs 2014 reg 5(1)); the mediation adviser contact (reg 33) and, when no mediation is wanted,
 * the certificate 3 working days after today (reg 34); mediation within 30 days (reg 36, reg 35
 * for health care); the missed limit, 6 weeks (reg 5(1)) or 20 weeks (reg 13(2)) after the
 * request. Answers must be checked first: an invalid date throws InvalidIsoDateError or
 * DeadlineInputError.
 */
export function keyDates(input: Omit<LetterInput, 'text' | 'recipient' | 'councilName'>) {
  const { letter, answers, today, calendar } = input
  const dates: KeyDate[] = []
  if (letter === 'ask-for-assessment') {
    const date = addDays(today, LIMIT_DAYS['6-weeks'])
    dates.push({ id: 'decisionDue', date, legalBasis: 'SEND Regulations 2014, reg 5(1)' })
  }
  if (letter === 'mediation-certificate' && answers.decision) {
    const contact = contactAdviserDeadline({ decision: answers.decision }, calendar)
    dates.push({ id: 'adviserContactBy', date: contact.date, legalBasis: contact.legalBasis })
    if (answers.mediation === 'no') {
      const certificate = certificateDeadline({ adviserTold: today }, calendar)
      dates.push({ id: 'certificateDue', ...pick(certificate) })
    }
  }
  if (letter === 'health-social-care-mediation') {
    dates.push({ id: 'mediationBy', ...pick(mediationDeadline({ councilTold: today }, calendar)) })
  }
  if (letter === 'missed-time-limit' && answers.requested && answers.limit) {
    const days = LIMIT_DAYS[answers.limit as keyof typeof LIMIT_DAYS]
    const legalBasis = `SEND Regulations 2014, ${days === 42 ? 'reg 5(1)' : 'reg 13(2)'}`
    dates.push({ id: 'limitDue', date: addDays(answers.requested, days), legalBasis })
  }
  return dates
}

const pick = ({ date, legalBasis }: { date: string; legalBasis: string }) => ({ date, legalBasis })

/** The placeholder values and {{#if}} conditions of one letter. */
export function letterValues(input: LetterInput) {
  const { letter, answers, today } = input
  const dates = Object.fromEntries(keyDates(input).map((d) => [d.id, englishDate(d.date)]))
  const all: Record<string, string> = {
    ...dates,
    yourName: answers.name ?? '',
    childName: answers.child ?? '',
    childDateOfBirth: answers.dob ? englishDate(answers.dob) : '',
    today: englishDate(today),
    councilName: input.councilName,
    recipientName: input.recipient.name,
    reasons: answers.reasons ?? '',
    issues: answers.issues ?? '',
    provision: answers.provision ?? '',
    decisionDate: answers.decision ? englishDate(answers.decision) : '',
    requestDate: answers.requested ? englishDate(answers.requested) : '',
    limitWeeks: answers.limit === '20-weeks' ? '20' : '6',
    careProvision: CARE_PROVISION[answers.care ?? ''] ?? '',
  }
  // Only this letter's own placeholders, so a text can never show another letter's answers.
  const values = Object.fromEntries(allowedPlaceholders(letter).map((n) => [n, all[n] ?? '']))
  const flagValues: Record<string, boolean> = {
    wantsMediation: answers.mediation === 'yes',
    healthCare: answers.care === 'health' || answers.care === 'both',
    socialCare: answers.care === 'social-care' || answers.care === 'both',
    twentyWeeks: answers.limit === '20-weeks',
  }
  const flags = Object.fromEntries(LETTERS[letter].flags.map((n) => [n, flagValues[n] ?? false]))
  return { values, flags }
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

/**
 * The whole letter. Throws TemplateError (lib/letters/template.ts) if the text uses a placeholder
 * this letter does not have; the CMS refuses such texts on save, so that means a broken row.
 */
export function buildLetter(input: LetterInput): LetterDocument {
  const { values, flags } = letterValues(input)
  const body = renderTemplate(input.text.body, values, flags)
  return {
    senderName: values.yourName,
    senderAddress: lines(input.answers.address ?? ''),
    date: values.today,
    recipient: input.recipient,
    subject: renderTemplate(input.text.subject, values, flags).replace(/\s+/g, ' ').trim(),
    salutation: 'Dear Sir or Madam,',
    paragraphs: body
      .split(/\n\s*\n/)
      .map((p) => lines(p).join('\n'))
      .filter(Boolean),
    signOff: 'Yours faithfully,',
    legalBasis: input.text.legalBasis,
    keyDates: keyDates(input),
  }
}

/** The letter as plain text (CRLF line ends, which every editor on every system opens). */
export function letterAsText(doc: LetterDocument): string {
  const blocks = [
    [doc.senderName, ...doc.senderAddress].join('\n'),
    doc.date,
    [doc.recipient.name, ...doc.recipient.address].join('\n'),
    doc.salutation,
    `Subject: ${doc.subject}`,
    ...doc.paragraphs,
    `${doc.signOff}\n\n\n${doc.senderName}`,
  ]
  return `${blocks.join('\n\n')}\n`.replace(/\n/g, '\r\n')
}

/**
 * A file name for downloads: the letter's id and today's date (YYYY-MM-DD), no personal data,
 * e.g. `early-review-2026-11-30.docx`.
 */
export function letterFileName(letter: LetterId, today: string, extension: 'txt' | 'docx') {
  return `${letter}-${today}.${extension}`
}
