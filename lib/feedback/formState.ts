// Shared with the browser: nothing here may import server-only code (Payload, node:crypto).

/** What a reader can send about a page: a yes/no answer to "Is this page useful?", or a problem. */
export type FeedbackKind = 'useful' | 'notUseful' | 'problem'

/** The most characters a problem report may have (a few paragraphs). */
export const PROBLEM_MAX_LENGTH = 1200

export type FeedbackErrorCode = 'problemRequired' | 'problemTooLong'

/** What the feedback box shows after a submission; the typed problem comes back so nothing is lost. */
export type FeedbackState = {
  status: 'idle' | 'thanks' | 'askDetails' | 'invalid' | 'sent' | 'rateLimited' | 'failed'
  problem: string
  error?: FeedbackErrorCode
}

export const initialFeedbackState: FeedbackState = { status: 'idle', problem: '' }

/** The honeypot: a field people never see or reach, and form-filling bots fill in. */
export const FEEDBACK_HONEYPOT_FIELD = 'website'
