import en from '../../messages/en.json' with { type: 'json' }
import pl from '../../messages/pl.json' with { type: 'json' }
import ur from '../../messages/ur.json' with { type: 'json' }

/** The UI text each locale shows, so tests find things by their real, translated names. */
export const messages = { en, pl, ur }

export const LOCALES = [
  { code: 'en', dir: 'ltr' },
  { code: 'pl', dir: 'ltr' },
  { code: 'ur', dir: 'rtl' },
] as const

export const GUIDE_PATHS = [
  'resolving-a-disagreement',
  'resolving-a-disagreement/disagreement-resolution',
  'resolving-a-disagreement/mediation',
  'resolving-a-disagreement/send-tribunal-appeals',
  'resolving-a-disagreement/after-you-appeal',
  'resolving-a-disagreement/extended-appeals',
  'resolving-a-disagreement/complaints',
  'resolving-a-disagreement/what-to-do-if',
  'resolving-a-disagreement/proposed-changes-2026',
  'resolving-a-disagreement/young-people',
  'resolving-a-disagreement/what-happens-at-mediation',
  'resolving-a-disagreement/what-happens-at-a-tribunal-hearing',
]
