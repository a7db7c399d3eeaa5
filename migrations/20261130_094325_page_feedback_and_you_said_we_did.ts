import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`page_feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`page\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`problem\` text,
  	\`locale\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`page_feedback_updated_at_idx\` ON \`page_feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`page_feedback_created_at_idx\` ON \`page_feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`you_said_we_did\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`by_when\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`you_said_we_did_updated_at_idx\` ON \`you_said_we_did\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`you_said_we_did_created_at_idx\` ON \`you_said_we_did\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`you_said_we_did__status_idx\` ON \`you_said_we_did\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`you_said_we_did_locales\` (
  	\`you_said\` text,
  	\`we_did\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`you_said_we_did\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`you_said_we_did_locales_locale_parent_id_unique\` ON \`you_said_we_did_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`you_said_we_did_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`page_feedback_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`you_said_we_did\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`page_feedback_id\`) REFERENCES \`page_feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`you_said_we_did_rels_order_idx\` ON \`you_said_we_did_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`you_said_we_did_rels_parent_idx\` ON \`you_said_we_did_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`you_said_we_did_rels_path_idx\` ON \`you_said_we_did_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`you_said_we_did_rels_page_feedback_id_idx\` ON \`you_said_we_did_rels\` (\`page_feedback_id\`);`)
  await db.run(sql`CREATE TABLE \`_you_said_we_did_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_by_when\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`you_said_we_did\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_you_said_we_did_v_parent_idx\` ON \`_you_said_we_did_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_you_said_we_did_v_version_version_updated_at_idx\` ON \`_you_said_we_did_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_you_said_we_did_v_version_version_created_at_idx\` ON \`_you_said_we_did_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_you_said_we_did_v_version_version__status_idx\` ON \`_you_said_we_did_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_you_said_we_did_v_created_at_idx\` ON \`_you_said_we_did_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_you_said_we_did_v_updated_at_idx\` ON \`_you_said_we_did_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_you_said_we_did_v_snapshot_idx\` ON \`_you_said_we_did_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_you_said_we_did_v_published_locale_idx\` ON \`_you_said_we_did_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_you_said_we_did_v_latest_idx\` ON \`_you_said_we_did_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_you_said_we_did_v_locales\` (
  	\`version_you_said\` text,
  	\`version_we_did\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_you_said_we_did_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_you_said_we_did_v_locales_locale_parent_id_unique\` ON \`_you_said_we_did_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_you_said_we_did_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`page_feedback_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_you_said_we_did_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`page_feedback_id\`) REFERENCES \`page_feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_you_said_we_did_v_rels_order_idx\` ON \`_you_said_we_did_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_you_said_we_did_v_rels_parent_idx\` ON \`_you_said_we_did_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_you_said_we_did_v_rels_path_idx\` ON \`_you_said_we_did_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_you_said_we_did_v_rels_page_feedback_id_idx\` ON \`_you_said_we_did_v_rels\` (\`page_feedback_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`page_feedback_id\` integer REFERENCES page_feedback(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`you_said_we_did_id\` integer REFERENCES you_said_we_did(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`page_feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_you_said_we_did_id_idx\` ON \`payload_locked_documents_rels\` (\`you_said_we_did_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`page_feedback\`;`)
  await db.run(sql`DROP TABLE \`you_said_we_did\`;`)
  await db.run(sql`DROP TABLE \`you_said_we_did_locales\`;`)
  await db.run(sql`DROP TABLE \`you_said_we_did_rels\`;`)
  await db.run(sql`DROP TABLE \`_you_said_we_did_v\`;`)
  await db.run(sql`DROP TABLE \`_you_said_we_did_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_you_said_we_did_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`route_texts_id\` integer,
  	\`providers_id\` integer,
  	\`local_authorities_id\` integer,
  	\`callback_requests_id\` integer,
  	\`alert_banners_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`route_texts_id\`) REFERENCES \`route_texts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`providers_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`local_authorities_id\`) REFERENCES \`local_authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`callback_requests_id\`) REFERENCES \`callback_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alert_banners_id\`) REFERENCES \`alert_banners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "media_id", "users_id", "route_texts_id", "providers_id", "local_authorities_id", "callback_requests_id", "alert_banners_id") SELECT "id", "order", "parent_id", "path", "pages_id", "media_id", "users_id", "route_texts_id", "providers_id", "local_authorities_id", "callback_requests_id", "alert_banners_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_route_texts_id_idx\` ON \`payload_locked_documents_rels\` (\`route_texts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_providers_id_idx\` ON \`payload_locked_documents_rels\` (\`providers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_local_authorities_id_idx\` ON \`payload_locked_documents_rels\` (\`local_authorities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_callback_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`callback_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alert_banners_id_idx\` ON \`payload_locked_documents_rels\` (\`alert_banners_id\`);`)
}
