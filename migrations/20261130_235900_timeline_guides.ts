import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { insertMissingGuides, TIMELINE_GUIDE_SLUGS } from '@/content/insertGuides'

// Data only, no schema change (so no .json snapshot). It writes through the Local API with the
// current config, so it must stay AFTER every schema migration that changes `pages` in index.ts.

/** Adds the issue 14 guides to a database seeded before they shipped; an empty one is skipped. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const created = await insertMissingGuides(payload, TIMELINE_GUIDE_SLUGS, req)
  if (created.length > 0) payload.logger.info(`Added guides: ${created.join(', ')}`)
}

/** Leaves the guides: by now editors may have changed them, and deleting content loses work. */
export async function down({ payload }: MigrateDownArgs): Promise<void> {
  payload.logger.info('timeline_guides: nothing to undo (the guides are kept)')
}
