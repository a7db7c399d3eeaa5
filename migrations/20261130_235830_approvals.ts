import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // Authors and publishers replace editors, who could publish: each editor becomes a publisher.
  // (The role column's DEFAULT stays 'editor': changing it would rebuild `users`, and inside the
  // migration's transaction SQLite ignores foreign_keys=OFF, so dropping the old table would
  // delete every session and preference row that refers to it. Payload always writes the role
  // itself, 'author' unless an admin chooses, so the column default is never used.)
  await db.run(sql`UPDATE \`users\` SET \`role\` = 'publisher' WHERE \`role\` = 'editor';`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`needs_second_person\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`last_changed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`approved_at\` text;`)
  await db.run(sql`CREATE INDEX \`pages_last_changed_by_idx\` ON \`pages\` (\`last_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_approved_by_idx\` ON \`pages\` (\`approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_workflow\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_needs_second_person\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_last_changed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_approved_at\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_last_changed_by_idx\` ON \`_pages_v\` (\`version_last_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_approved_by_idx\` ON \`_pages_v\` (\`version_approved_by_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // Dropping the columns in place, not rebuilding `pages`: inside the migration's transaction a
  // DROP TABLE would cascade to every page's translations. The user columns carry a foreign key,
  // which SQLite cannot drop: they are emptied and left unused.
  for (const table of ['pages', '_pages_v']) {
    const prefix = table === 'pages' ? '' : 'version_'
    await db.run(sql.raw(`DROP INDEX IF EXISTS \`${table}_${prefix}${prefix}last_changed_by_idx\`;`))
    await db.run(sql.raw(`DROP INDEX IF EXISTS \`${table}_${prefix}${prefix}approved_by_idx\`;`))
    for (const column of ['workflow', 'needs_second_person', 'approved_at']) {
      await db.run(sql.raw(`ALTER TABLE \`${table}\` DROP COLUMN \`${prefix}${column}\`;`))
    }
    await db.run(
      sql.raw(
        `UPDATE \`${table}\` SET \`${prefix}last_changed_by_id\` = NULL, \`${prefix}approved_by_id\` = NULL;`,
      ),
    )
  }
  // Before authors and publishers there were only editors (who published).
  await db.run(sql`UPDATE \`users\` SET \`role\` = 'editor' WHERE \`role\` IN ('publisher', 'author');`)
}
