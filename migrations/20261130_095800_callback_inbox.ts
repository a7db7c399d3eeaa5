import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`callback_requests_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`who\` text NOT NULL,
  	\`event\` text NOT NULL,
  	\`status\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`callback_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`callback_requests_history_order_idx\` ON \`callback_requests_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`callback_requests_history_parent_id_idx\` ON \`callback_requests_history\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`callback_requests\` ADD \`inbox\` text;`)
  await db.run(sql`CREATE INDEX \`callback_requests_inbox_idx\` ON \`callback_requests\` (\`inbox\`);`)
  await db.run(sql`CREATE INDEX \`callback_requests_status_idx\` ON \`callback_requests\` (\`status\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`sen_team\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`provider_id\` integer REFERENCES providers(id);`)
  await db.run(sql`CREATE INDEX \`users_provider_idx\` ON \`users\` (\`provider_id\`);`)
  // Requests stored before inboxes existed: file each one as a new request would be filed.
  await db.run(sql`UPDATE \`callback_requests\` SET \`inbox\` = CASE WHEN \`provider_id\` IS NULL OR \`provider_id\` IN (SELECT \`id\` FROM \`providers\` WHERE \`kind\` = 'council-team') THEN 'sen-team' ELSE 'provider' END WHERE \`inbox\` IS NULL;`)
  // Notes written before the history was kept become its first entry.
  await db.run(sql`INSERT INTO \`callback_requests_history\` (\`_order\`, \`_parent_id\`, \`id\`, \`at\`, \`who\`, \`event\`, \`note\`) SELECT 1, \`id\`, lower(hex(randomblob(12))), \`updated_at\`, 'before the history was kept', 'note', \`notes\` FROM \`callback_requests\` WHERE \`notes\` IS NOT NULL AND trim(\`notes\`) <> '';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`users_provider_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`provider_id\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`sen_team\`;`)
  await db.run(sql`DROP INDEX \`callback_requests_status_idx\`;`)
  await db.run(sql`DROP INDEX \`callback_requests_inbox_idx\`;`)
  await db.run(sql`ALTER TABLE \`callback_requests\` DROP COLUMN \`inbox\`;`)
  await db.run(sql`DROP TABLE \`callback_requests_history\`;`)
}
