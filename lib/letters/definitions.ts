/**
 * The letter builder's letters: who each one goes to, which questions it asks (one per page, in
 * order) and which placeholders its text may use. The words themselves are editable in the CMS
 * (collections/LetterTemplates.ts); what a letter needs to ask stays in code.
 */

export const LETTER_IDS = [
  'ask-for-assessment',
  'mediation-certificate',
  'health-social-care-mediation',
  'missed-time-limit',
  'early-review',
  'deliver-section-f',
] as const
export type LetterId = (typeof LETTER_IDS)[number]

/** Every question the builder can ask; each is also the query-string name of its answer. */
export const QUESTION_IDS = [
  'council',
  'adviser',
  'name',
  'address',
  'child',
  'dob',
  'decision',
  'mediation',
  'care',
  'issues',
  'requested',
  'limit',
  'reasons',
  'provision',
] as const
export type QuestionId = (typeof QUESTION_IDS)[number]

export type QuestionKind = 'council' | 'provider' | 'text' | 'textarea' | 'date' | 'choice'

export const QUESTION_KINDS: Record<QuestionId, QuestionKind> = {
  council: 'council',
  adviser: 'provider',
  name: 'text',
  address: 'textarea',
  child: 'text',
  dob: 'date',
  decision: 'date',
  mediation: 'choice',
  care: 'choice',
  issues: 'textarea',
  requested: 'date',
  limit: 'choice',
  reasons: 'textarea',
  provision: 'textarea',
}

/** The options of the choice questions (radios), as stored in the URL. */
export const CHOICES = {
  mediation: ['yes', 'no'],
  care: ['health', 'social-care', 'both'],
  limit: ['6-weeks', '20-weeks'],
} as const satisfies Partial<Record<QuestionId, readonly string[]>>

export type Answers = Partial<Record<QuestionId, string>>

/** Who a letter is addressed to: the council's SEND team, or the mediation adviser. */
export type Recipient = 'council' | 'mediation-adviser'

export interface LetterDefinition {
  id: LetterId
  recipient: Recipient
  /** The questions in the order asked; `when` skips one that does not apply to the answers. */
  questions: { id: QuestionId; when?: (answers: Answers) => boolean }[]
  /** Placeholders this letter's text may use, besides the ones every letter has. */
  placeholders: readonly string[]
  /** Yes/no conditions for {{#if name}} blocks. */
  flags: readonly string[]
}

/** Placeholders every letter has: the family's details, the date and who it is addressed to. */
export const COMMON_PLACEHOLDERS = [
  'yourName',
  'childName',
  'childDateOfBirth',
  'today',
  'councilName',
  'recipientName',
] as const

const FAMILY: LetterDefinition['questions'] = [
  { id: 'name' },
  { id: 'address' },
  { id: 'child' },
  { id: 'dob' },
]

export const LETTERS: Record<LetterId, LetterDefinition> = {
  'ask-for-assessment': {
    id: 'ask-for-assessment',
    recipient: 'council',
    questions: [{ id: 'council' }, ...FAMILY, { id: 'reasons' }],
    placeholders: ['reasons', 'decisionDue'],
    flags: [],
  },
  'mediation-certificate': {
    id: 'mediation-certificate',
    recipient: 'mediation-adviser',
    questions: [
      { id: 'council' },
      { id: 'adviser' },
      ...FAMILY,
      { id: 'decision' },
      { id: 'mediation' },
      { id: 'issues', when: (answers) => answers.mediation === 'yes' },
    ],
    placeholders: ['decisionDate', 'issues', 'certificateDue', 'adviserContactBy'],
    flags: ['wantsMediation'],
  },
  'health-social-care-mediation': {
    id: 'health-social-care-mediation',
    recipient: 'council',
    questions: [{ id: 'council' }, ...FAMILY, { id: 'care' }, { id: 'issues' }],
    placeholders: ['issues', 'mediationBy', 'careProvision'],
    flags: ['healthCare', 'socialCare'],
  },
  'missed-time-limit': {
    id: 'missed-time-limit',
    recipient: 'council',
    questions: [{ id: 'council' }, ...FAMILY, { id: 'requested' }, { id: 'limit' }],
    placeholders: ['requestDate', 'limitDue', 'limitWeeks'],
    flags: ['twentyWeeks'],
  },
  'early-review': {
    id: 'early-review',
    recipient: 'council',
    questions: [{ id: 'council' }, ...FAMILY, { id: 'reasons' }],
    placeholders: ['reasons'],
    flags: [],
  },
  'deliver-section-f': {
    id: 'deliver-section-f',
    recipient: 'council',
    questions: [{ id: 'council' }, ...FAMILY, { id: 'provision' }],
    placeholders: ['provision'],
    flags: [],
  },
}

/** Whether `value` (say, a URL segment) is one of LETTER_IDS; narrows it to LetterId. */
export function isLetterId(value: unknown): value is LetterId {
  return typeof value === 'string' && (LETTER_IDS as readonly string[]).includes(value)
}

/** Whether `value` (say, a query-string name) is one of QUESTION_IDS; narrows it to QuestionId. */
export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && (QUESTION_IDS as readonly string[]).includes(value)
}

/** Every placeholder name a letter's text may use (common ones first). */
export function allowedPlaceholders(id: LetterId): string[] {
  return [...COMMON_PLACEHOLDERS, ...LETTERS[id].placeholders]
}
