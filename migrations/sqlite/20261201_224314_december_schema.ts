import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sources_locales\` (
  	\`review_state\` text DEFAULT 'draft',
  	\`review_approved_fingerprint\` text,
  	\`review_changed_by_id\` integer,
  	\`review_changed_at\` text,
  	\`review_submitted_by_id\` integer,
  	\`review_submitted_at\` text,
  	\`review_approved_by_id\` integer,
  	\`review_approved_at\` text,
  	\`review_reviewer_name\` text,
  	\`review_reviewer_credentials\` text,
  	\`review_last_reviewed\` text,
  	\`review_next_review_due\` text,
  	\`review_approved_against\` text,
  	\`review_approved_against_version\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`review_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sources_review_review_changed_by_idx\` ON \`sources_locales\` (\`review_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_review_review_submitted_by_idx\` ON \`sources_locales\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_review_review_approved_by_idx\` ON \`sources_locales\` (\`review_approved_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sources_locales_locale_parent_id_unique\` ON \`sources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sources_v_locales\` (
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_approved_fingerprint\` text,
  	\`version_review_changed_by_id\` integer,
  	\`version_review_changed_at\` text,
  	\`version_review_submitted_by_id\` integer,
  	\`version_review_submitted_at\` text,
  	\`version_review_approved_by_id\` integer,
  	\`version_review_approved_at\` text,
  	\`version_review_reviewer_name\` text,
  	\`version_review_reviewer_credentials\` text,
  	\`version_review_last_reviewed\` text,
  	\`version_review_next_review_due\` text,
  	\`version_review_approved_against\` text,
  	\`version_review_approved_against_version\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_review_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sources_v_version_review_version_review_changed_by_idx\` ON \`_sources_v_locales\` (\`version_review_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_review_version_review_submitted_by_idx\` ON \`_sources_v_locales\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_review_version_review_approved_by_idx\` ON \`_sources_v_locales\` (\`version_review_approved_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_sources_v_locales_locale_parent_id_unique\` ON \`_sources_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`english\` text NOT NULL,
  	\`chinese\` text NOT NULL,
  	\`note\` text,
  	\`source\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`glossary_terms_english_idx\` ON \`glossary_terms\` (\`english\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_updated_at_idx\` ON \`glossary_terms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_created_at_idx\` ON \`glossary_terms\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`glossary_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_terms_texts_order_parent\` ON \`glossary_terms_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`review_events_rels\` ADD \`sources_id\` integer REFERENCES sources(id);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_sources_id_idx\` ON \`review_events_rels\` (\`sources_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`glossary_terms_id\` integer REFERENCES glossary_terms(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_glossary_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`glossary_terms_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
  // Added by hand, as in 20261125_211500_locale_parent_indexes: every read of a document joins
  // its locale rows by parent, and the generated unique index leads with the locale.
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`sources_locales_parent_idx\` ON \`sources_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX IF NOT EXISTS \`_sources_v_locales_parent_idx\` ON \`_sources_v_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`sources_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_sources_v_locales_parent_idx\`;`)
  await db.run(sql`DROP TABLE \`sources_locales\`;`)
  await db.run(sql`DROP TABLE \`_sources_v_locales\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms_texts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_review_events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`causes_id\` integer,
  	\`treatments_id\` integer,
  	\`faqs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`causes_id\`) REFERENCES \`causes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_review_events_rels\`("id", "order", "parent_id", "path", "topics_id", "causes_id", "treatments_id", "faqs_id") SELECT "id", "order", "parent_id", "path", "topics_id", "causes_id", "treatments_id", "faqs_id" FROM \`review_events_rels\`;`)
  await db.run(sql`DROP TABLE \`review_events_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_review_events_rels\` RENAME TO \`review_events_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`review_events_rels_order_idx\` ON \`review_events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_parent_idx\` ON \`review_events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_path_idx\` ON \`review_events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_topics_id_idx\` ON \`review_events_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_causes_id_idx\` ON \`review_events_rels\` (\`causes_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_treatments_id_idx\` ON \`review_events_rels\` (\`treatments_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_faqs_id_idx\` ON \`review_events_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`causes_id\` integer,
  	\`treatments_id\` integer,
  	\`faqs_id\` integer,
  	\`sources_id\` integer,
  	\`media_id\` integer,
  	\`review_events_id\` integer,
  	\`users_id\` integer,
  	\`partners_id\` integer,
  	\`api_changes_id\` integer,
  	\`api_document_states_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`causes_id\`) REFERENCES \`causes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_events_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_changes_id\`) REFERENCES \`api_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_document_states_id\`) REFERENCES \`api_document_states\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "topics_id", "causes_id", "treatments_id", "faqs_id", "sources_id", "media_id", "review_events_id", "users_id", "partners_id", "api_changes_id", "api_document_states_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "topics_id", "causes_id", "treatments_id", "faqs_id", "sources_id", "media_id", "review_events_id", "users_id", "partners_id", "api_changes_id", "api_document_states_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_causes_id_idx\` ON \`payload_locked_documents_rels\` (\`causes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_treatments_id_idx\` ON \`payload_locked_documents_rels\` (\`treatments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_events_id_idx\` ON \`payload_locked_documents_rels\` (\`review_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`api_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_document_states_id_idx\` ON \`payload_locked_documents_rels\` (\`api_document_states_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
