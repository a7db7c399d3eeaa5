import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`alert_banners\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`severity\` text DEFAULT 'information',
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`alert_banners_updated_at_idx\` ON \`alert_banners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`alert_banners_created_at_idx\` ON \`alert_banners\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`alert_banners__status_idx\` ON \`alert_banners\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`alert_banners_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`link_label\` text,
  	\`link_url\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`alert_banners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`alert_banners_locales_locale_parent_id_unique\` ON \`alert_banners_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`alert_banners_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`alert_banners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`alert_banners_rels_order_idx\` ON \`alert_banners_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`alert_banners_rels_parent_idx\` ON \`alert_banners_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`alert_banners_rels_path_idx\` ON \`alert_banners_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`alert_banners_rels_pages_id_idx\` ON \`alert_banners_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE TABLE \`_alert_banners_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_severity\` text DEFAULT 'information',
  	\`version_starts_at\` text,
  	\`version_ends_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`alert_banners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_alert_banners_v_parent_idx\` ON \`_alert_banners_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_alert_banners_v_version_version_updated_at_idx\` ON \`_alert_banners_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_alert_banners_v_version_version_created_at_idx\` ON \`_alert_banners_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_alert_banners_v_version_version__status_idx\` ON \`_alert_banners_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_alert_banners_v_created_at_idx\` ON \`_alert_banners_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_alert_banners_v_updated_at_idx\` ON \`_alert_banners_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_alert_banners_v_snapshot_idx\` ON \`_alert_banners_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_alert_banners_v_published_locale_idx\` ON \`_alert_banners_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_alert_banners_v_latest_idx\` ON \`_alert_banners_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_alert_banners_v_locales\` (
  	\`version_title\` text,
  	\`version_text\` text,
  	\`version_link_label\` text,
  	\`version_link_url\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_alert_banners_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_alert_banners_v_locales_locale_parent_id_unique\` ON \`_alert_banners_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_alert_banners_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_alert_banners_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_alert_banners_v_rels_order_idx\` ON \`_alert_banners_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_alert_banners_v_rels_parent_idx\` ON \`_alert_banners_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_alert_banners_v_rels_path_idx\` ON \`_alert_banners_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_alert_banners_v_rels_pages_id_idx\` ON \`_alert_banners_v_rels\` (\`pages_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`alert_banners_id\` integer REFERENCES alert_banners(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alert_banners_id_idx\` ON \`payload_locked_documents_rels\` (\`alert_banners_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`alert_banners\`;`)
  await db.run(sql`DROP TABLE \`alert_banners_locales\`;`)
  await db.run(sql`DROP TABLE \`alert_banners_rels\`;`)
  await db.run(sql`DROP TABLE \`_alert_banners_v\`;`)
  await db.run(sql`DROP TABLE \`_alert_banners_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_alert_banners_v_rels\`;`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`route_texts_id\`) REFERENCES \`route_texts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`providers_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`local_authorities_id\`) REFERENCES \`local_authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`callback_requests_id\`) REFERENCES \`callback_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "media_id", "users_id", "route_texts_id", "providers_id", "local_authorities_id", "callback_requests_id") SELECT "id", "order", "parent_id", "path", "pages_id", "media_id", "users_id", "route_texts_id", "providers_id", "local_authorities_id", "callback_requests_id" FROM \`payload_locked_documents_rels\`;`)
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
}
