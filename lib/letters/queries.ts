import { defaultLocale, type Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/read'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import { findProviders, listCouncils, type Council } from '@/lib/providers/queries'

import { DEFAULT_EXPLANATIONS, DEFAULT_LETTER_TEXTS } from './defaults'
import { allowedPlaceholders, LETTERS, type LetterId } from './definitions'
import type { LetterText, Recipient } from './render'
import { checkTemplate } from './template'

const loadFromCms = cachedRead(
  'letter-templates',
  [CACHE_TAGS.letterTexts],
  async (letterId: LetterId, locale: Locale) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'letter-templates',
      where: { letterId: { equals: letterId } },
      locale,
      fallbackLocale: defaultLocale,
      depth: 0,
      limit: 1,
      overrideAccess: false,
    })
    const doc = docs[0]
    return doc
      ? {
          subject: doc.subject,
          body: doc.body,
          legalBasis: doc.legalBasis,
          explanation: doc.explanation,
        }
      : null
  },
)

const isSound = (id: LetterId, text: string) =>
  checkTemplate(text, { placeholders: allowedPlaceholders(id), flags: LETTERS[id].flags })
    .length === 0

/**
 * A letter's words: the staff's text from the CMS, else the seeded one. A row written around the
 * CMS's checks (an unknown placeholder) falls back too, so a family never gets a broken letter.
 */
export async function getLetterText(
  letterId: LetterId,
  locale: Locale,
): Promise<{ text: LetterText; explanation: string }> {
  const row = await loadFromCms(letterId, locale)
  const fallback = DEFAULT_LETTER_TEXTS[letterId]
  const sound = row && isSound(letterId, row.subject) && isSound(letterId, row.body)
  return {
    text: sound ? { subject: row.subject, body: row.body, legalBasis: row.legalBasis } : fallback,
    explanation: row?.explanation || DEFAULT_EXPLANATIONS[letterId][locale],
  }
}

export { listCouncils, type Council }

export type AdviserOption = Recipient & { slug: string }

const addressLines = (address: string | null | undefined) =>
  (address ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

/** The mediation advisers serving a council, from the CMS (published, not inactive). */
export async function findAdvisers(locale: Locale, council: Council): Promise<AdviserOption[]> {
  const providers = await findProviders(locale, { councilId: council.id, kinds: ['mediation'] })
  return providers.map((p) => ({
    slug: p.slug ?? String(p.id),
    name: p.name,
    address: addressLines(p.contact.address),
  }))
}

/**
 * Who a letter to the council goes to: the council's own team in the CMS (name and address) when
 * there is one, else the council's name and no address (the family adds it from its letters).
 */
export async function councilRecipient(locale: Locale, council: Council): Promise<Recipient> {
  const [team] = await findProviders(locale, { councilId: council.id, kinds: ['council-team'] })
  if (!team) return { name: council.name, address: [] }
  return { name: team.name, address: addressLines(team.contact.address) }
}
