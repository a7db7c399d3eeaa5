import type { Payload, PayloadRequest } from 'payload'

import { defaultLocale, localeCodes } from '@/i18n/locales'
import { DEFAULT_EXPLANATIONS, DEFAULT_LETTER_TEXTS } from '@/lib/letters/defaults'
import { LETTER_IDS } from '@/lib/letters/definitions'

// Seed writes happen outside a Next.js request: nothing to revalidate.
const context = { disableRevalidate: true }

/**
 * Creates the text of any letter that has none yet, with its explanation in every language;
 * letters staff have already edited are left alone. Run by the seed (an empty database) and by
 * the letter_texts migration (a database seeded before the letter builder shipped), which passes
 * its `req` so the writes join the migration's transaction. Returns how many were created.
 */
export async function seedLetterTemplates(payload: Payload, req?: PayloadRequest): Promise<number> {
  const { docs } = await payload.find({
    req,
    collection: 'letter-templates',
    select: { letterId: true },
    depth: 0,
    limit: LETTER_IDS.length,
    pagination: false,
  })
  const existing = new Set(docs.map((doc) => doc.letterId))
  const missing = LETTER_IDS.filter((letterId) => !existing.has(letterId))
  for (const letterId of missing) {
    const created = await payload.create({
      req,
      collection: 'letter-templates',
      locale: defaultLocale,
      context,
      data: {
        letterId,
        ...DEFAULT_LETTER_TEXTS[letterId],
        explanation: DEFAULT_EXPLANATIONS[letterId][defaultLocale],
      },
    })
    for (const locale of localeCodes.filter((code) => code !== defaultLocale)) {
      await payload.update({
        req,
        collection: 'letter-templates',
        id: created.id,
        locale,
        context,
        data: { explanation: DEFAULT_EXPLANATIONS[letterId][locale] },
      })
    }
  }
  return missing.length
}
