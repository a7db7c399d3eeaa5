import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { seedLetterTemplates } from '@/content/letterTemplates'

// Data only, no schema change (so no .json snapshot). It writes through the Local API with the
// current config, so it must stay AFTER every schema migration in index.ts.

/**
 * Adds the letter builder's six texts to a database seeded before it shipped (the seed only fills
 * an empty database); an empty database is left to the seed.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'pages', overrideAccess: true, req })
  if (totalDocs === 0) return
  const created = await seedLetterTemplates(payload, req)
  if (created > 0) payload.logger.info(`Added ${created} letter texts`)
}

/** Leaves the texts: by now staff may have edited them, and deleting content loses work. */
export async function down({ payload }: MigrateDownArgs): Promise<void> {
  payload.logger.info('letter_texts: nothing to undo (the letter texts are kept)')
}
