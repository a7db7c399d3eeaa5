import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`callback_requests\` ADD \`reference\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`callback_requests_reference_idx\` ON \`callback_requests\` (\`reference\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`callback_requests_reference_idx\`;`)
  await db.run(sql`ALTER TABLE \`callback_requests\` DROP COLUMN \`reference\`;`)
}
