import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`review_reminders\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`document_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`due_date\` text NOT NULL,
  	\`recipient\` text,
  	\`status\` text NOT NULL,
  	\`sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`review_reminders_key_idx\` ON \`review_reminders\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`review_reminders_updated_at_idx\` ON \`review_reminders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_reminders_created_at_idx\` ON \`review_reminders\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`owner_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`owner_email\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`review_interval_months\` numeric DEFAULT 12;`)
  await db.run(sql`CREATE INDEX \`pages_owner_idx\` ON \`pages\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_next_review_idx\` ON \`pages\` (\`next_review\`);`)
  await db.run(sql`ALTER TABLE \`pages_locales\` ADD \`content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_owner_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_owner_email\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_review_interval_months\` numeric DEFAULT 12;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_owner_idx\` ON \`_pages_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_next_review_idx\` ON \`_pages_v\` (\`version_next_review\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v_locales\` ADD \`version_content_updated_at\` text;`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`owner_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`owner_email\` text;`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`review_interval_months\` numeric DEFAULT 12;`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`next_review\` text;`)
  await db.run(sql`CREATE INDEX \`providers_owner_idx\` ON \`providers\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`providers_next_review_idx\` ON \`providers\` (\`next_review\`);`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_owner_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_owner_email\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_review_interval_months\` numeric DEFAULT 12;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_last_reviewed\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_next_review\` text;`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_owner_idx\` ON \`_providers_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_next_review_idx\` ON \`_providers_v\` (\`version_next_review\`);`)
  // Backfill "Last updated" per language: when that language's text last changed
  // (translated_at, stamped on each text change) or else the page's last save.
  await db.run(sql`UPDATE \`pages_locales\` SET \`content_updated_at\` = COALESCE(\`translated_at\`, (SELECT \`updated_at\` FROM \`pages\` WHERE \`pages\`.\`id\` = \`pages_locales\`.\`_parent_id\`)) WHERE \`title\` IS NOT NULL;`)
  await db.run(sql`UPDATE \`_pages_v_locales\` SET \`version_content_updated_at\` = COALESCE(\`version_translated_at\`, (SELECT \`version_updated_at\` FROM \`_pages_v\` WHERE \`_pages_v\`.\`id\` = \`_pages_v_locales\`.\`_parent_id\`)) WHERE \`version_title\` IS NOT NULL;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_reminders_id\` integer REFERENCES review_reminders(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`review_reminders_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`review_reminders\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`parent_id\` integer,
  	\`path\` text,
  	\`order\` numeric DEFAULT 100,
  	\`callback_form\` integer DEFAULT false,
  	\`structured_data\` text DEFAULT 'none',
  	\`last_reviewed\` text,
  	\`next_review\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pages\`("id", "slug", "parent_id", "path", "order", "callback_form", "structured_data", "last_reviewed", "next_review", "updated_at", "created_at", "_status") SELECT "id", "slug", "parent_id", "path", "order", "callback_form", "structured_data", "last_reviewed", "next_review", "updated_at", "created_at", "_status" FROM \`pages\`;`)
  await db.run(sql`DROP TABLE \`pages\`;`)
  await db.run(sql`ALTER TABLE \`__new_pages\` RENAME TO \`pages\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`pages_slug_idx\` ON \`pages\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pages_parent_idx\` ON \`pages\` (\`parent_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pages_path_idx\` ON \`pages\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`pages_updated_at_idx\` ON \`pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pages_created_at_idx\` ON \`pages\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pages__status_idx\` ON \`pages\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__pages_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_parent_id\` integer,
  	\`version_path\` text,
  	\`version_order\` numeric DEFAULT 100,
  	\`version_callback_form\` integer DEFAULT false,
  	\`version_structured_data\` text DEFAULT 'none',
  	\`version_last_reviewed\` text,
  	\`version_next_review\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__pages_v\`("id", "parent_id", "version_slug", "version_parent_id", "version_path", "version_order", "version_callback_form", "version_structured_data", "version_last_reviewed", "version_next_review", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_parent_id", "version_path", "version_order", "version_callback_form", "version_structured_data", "version_last_reviewed", "version_next_review", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_pages_v\`;`)
  await db.run(sql`DROP TABLE \`_pages_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__pages_v\` RENAME TO \`_pages_v\`;`)
  await db.run(sql`CREATE INDEX \`_pages_v_parent_idx\` ON \`_pages_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_slug_idx\` ON \`_pages_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_parent_idx\` ON \`_pages_v\` (\`version_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_path_idx\` ON \`_pages_v\` (\`version_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_updated_at_idx\` ON \`_pages_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_created_at_idx\` ON \`_pages_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version__status_idx\` ON \`_pages_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_created_at_idx\` ON \`_pages_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_updated_at_idx\` ON \`_pages_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_snapshot_idx\` ON \`_pages_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_published_locale_idx\` ON \`_pages_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_latest_idx\` ON \`_pages_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_autosave_idx\` ON \`_pages_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_providers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`uuid\` text,
  	\`kind\` text,
  	\`contact_phone\` text,
  	\`contact_textphone\` text,
  	\`contact_email\` text,
  	\`contact_website\` text,
  	\`contact_address\` text,
  	\`accepts_callbacks\` integer DEFAULT false,
  	\`status\` text DEFAULT 'active',
  	\`last_verified\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_providers\`("id", "name", "slug", "uuid", "kind", "contact_phone", "contact_textphone", "contact_email", "contact_website", "contact_address", "accepts_callbacks", "status", "last_verified", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "uuid", "kind", "contact_phone", "contact_textphone", "contact_email", "contact_website", "contact_address", "accepts_callbacks", "status", "last_verified", "updated_at", "created_at", "_status" FROM \`providers\`;`)
  await db.run(sql`DROP TABLE \`providers\`;`)
  await db.run(sql`ALTER TABLE \`__new_providers\` RENAME TO \`providers\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`providers_slug_idx\` ON \`providers\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`providers_uuid_idx\` ON \`providers\` (\`uuid\`);`)
  await db.run(sql`CREATE INDEX \`providers_updated_at_idx\` ON \`providers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`providers_created_at_idx\` ON \`providers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`providers__status_idx\` ON \`providers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__providers_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_uuid\` text,
  	\`version_kind\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_textphone\` text,
  	\`version_contact_email\` text,
  	\`version_contact_website\` text,
  	\`version_contact_address\` text,
  	\`version_accepts_callbacks\` integer DEFAULT false,
  	\`version_status\` text DEFAULT 'active',
  	\`version_last_verified\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__providers_v\`("id", "parent_id", "version_name", "version_slug", "version_uuid", "version_kind", "version_contact_phone", "version_contact_textphone", "version_contact_email", "version_contact_website", "version_contact_address", "version_accepts_callbacks", "version_status", "version_last_verified", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_uuid", "version_kind", "version_contact_phone", "version_contact_textphone", "version_contact_email", "version_contact_website", "version_contact_address", "version_accepts_callbacks", "version_status", "version_last_verified", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_providers_v\`;`)
  await db.run(sql`DROP TABLE \`_providers_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__providers_v\` RENAME TO \`_providers_v\`;`)
  await db.run(sql`CREATE INDEX \`_providers_v_parent_idx\` ON \`_providers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_slug_idx\` ON \`_providers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_uuid_idx\` ON \`_providers_v\` (\`version_uuid\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_updated_at_idx\` ON \`_providers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_created_at_idx\` ON \`_providers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version__status_idx\` ON \`_providers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_created_at_idx\` ON \`_providers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_updated_at_idx\` ON \`_providers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_snapshot_idx\` ON \`_providers_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_published_locale_idx\` ON \`_providers_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_latest_idx\` ON \`_providers_v\` (\`latest\`);`)
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
  	\`page_feedback_id\` integer,
  	\`you_said_we_did_id\` integer,
  	\`letter_templates_id\` integer,
  	\`redirects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`route_texts_id\`) REFERENCES \`route_texts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`providers_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`local_authorities_id\`) REFERENCES \`local_authorities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`callback_requests_id\`) REFERENCES \`callback_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alert_banners_id\`) REFERENCES \`alert_banners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`page_feedback_id\`) REFERENCES \`page_feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`you_said_we_did_id\`) REFERENCES \`you_said_we_did\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`letter_templates_id\`) REFERENCES \`letter_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "media_id", "users_id", "route_texts_id", "providers_id", "local_authorities_id", "callback_requests_id", "alert_banners_id", "page_feedback_id", "you_said_we_did_id", "letter_templates_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "pages_id", "media_id", "users_id", "route_texts_id", "providers_id", "local_authorities_id", "callback_requests_id", "alert_banners_id", "page_feedback_id", "you_said_we_did_id", "letter_templates_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`page_feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_you_said_we_did_id_idx\` ON \`payload_locked_documents_rels\` (\`you_said_we_did_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_letter_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`letter_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`ALTER TABLE \`pages_locales\` DROP COLUMN \`content_updated_at\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_locales\` DROP COLUMN \`version_content_updated_at\`;`)
}
