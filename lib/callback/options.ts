/** What a family can ask to be called back about: the choice list on the form. */
export const CALLBACK_TOPICS = [
  'mediation',
  'assessment-or-plan',
  'tribunal-appeal',
  'school-or-college',
  'health-or-social-care',
  'complaint',
  'other',
] as const
export type CallbackTopic = (typeof CALLBACK_TOPICS)[number]

export const PREFERRED_TIMES = ['morning', 'afternoon', 'any'] as const
export type PreferredTime = (typeof PREFERRED_TIMES)[number]

/** Where staff are with a request; new ones are listed first in the admin. */
export const CALLBACK_STATUSES = ['new', 'contacted', 'closed'] as const

export const NAME_MAX = 100
export const MESSAGE_MAX = 500

/** Public form abuse limits: this many requests per client within the window. */
export const CALLBACK_RATE_LIMIT = { limit: 5, windowMs: 10 * 60 * 1000 }

/** Days a request is kept before it is deleted, unless site settings say otherwise. */
export const DEFAULT_RETENTION_DAYS = 90
