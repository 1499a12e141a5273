import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`last_edited_by_id\` integer,
  	\`english_source_fingerprint\` text,
  	\`english_source_updated_at\` text,
  	\`english_source_version_id\` text,
  	\`order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_last_edited_by_idx\` ON \`topics\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_locales\` (
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
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`review_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_review_review_changed_by_idx\` ON \`topics_locales\` (\`review_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_review_review_submitted_by_idx\` ON \`topics_locales\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_review_review_approved_by_idx\` ON \`topics_locales\` (\`review_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`topics__status_idx\` ON \`topics_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_locales_locale_parent_id_unique\` ON \`topics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`topics_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`locale\` text,
  	\`topics_id\` integer,
  	\`causes_id\` integer,
  	\`treatments_id\` integer,
  	\`faqs_id\` integer,
  	\`sources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`causes_id\`) REFERENCES \`causes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topics_rels_order_idx\` ON \`topics_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_parent_idx\` ON \`topics_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_path_idx\` ON \`topics_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_locale_idx\` ON \`topics_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_topics_id_idx\` ON \`topics_rels\` (\`topics_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_causes_id_idx\` ON \`topics_rels\` (\`causes_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_treatments_id_idx\` ON \`topics_rels\` (\`treatments_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_faqs_id_idx\` ON \`topics_rels\` (\`faqs_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`topics_rels_sources_id_idx\` ON \`topics_rels\` (\`sources_id\`,\`locale\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_last_edited_by_id\` integer,
  	\`version_english_source_fingerprint\` text,
  	\`version_english_source_updated_at\` text,
  	\`version_english_source_version_id\` text,
  	\`version_order\` numeric DEFAULT 100,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_parent_idx\` ON \`_topics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_slug_idx\` ON \`_topics_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_last_edited_by_idx\` ON \`_topics_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_updated_at_idx\` ON \`_topics_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_created_at_idx\` ON \`_topics_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_created_at_idx\` ON \`_topics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_updated_at_idx\` ON \`_topics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_snapshot_idx\` ON \`_topics_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_published_locale_idx\` ON \`_topics_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_latest_idx\` ON \`_topics_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_locales\` (
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
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_review_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_version_review_version_review_changed_by_idx\` ON \`_topics_v_locales\` (\`version_review_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_review_version_review_submitted_by_idx\` ON \`_topics_v_locales\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_review_version_review_approved_by_idx\` ON \`_topics_v_locales\` (\`version_review_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version__status_idx\` ON \`_topics_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_topics_v_locales_locale_parent_id_unique\` ON \`_topics_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`locale\` text,
  	\`topics_id\` integer,
  	\`causes_id\` integer,
  	\`treatments_id\` integer,
  	\`faqs_id\` integer,
  	\`sources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`causes_id\`) REFERENCES \`causes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_order_idx\` ON \`_topics_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_parent_idx\` ON \`_topics_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_path_idx\` ON \`_topics_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_locale_idx\` ON \`_topics_v_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_topics_id_idx\` ON \`_topics_v_rels\` (\`topics_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_causes_id_idx\` ON \`_topics_v_rels\` (\`causes_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_treatments_id_idx\` ON \`_topics_v_rels\` (\`treatments_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_faqs_id_idx\` ON \`_topics_v_rels\` (\`faqs_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_rels_sources_id_idx\` ON \`_topics_v_rels\` (\`sources_id\`,\`locale\`);`)
  await db.run(sql`CREATE TABLE \`causes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`last_edited_by_id\` integer,
  	\`english_source_fingerprint\` text,
  	\`english_source_updated_at\` text,
  	\`english_source_version_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`causes_slug_idx\` ON \`causes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`causes_last_edited_by_idx\` ON \`causes\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`causes_updated_at_idx\` ON \`causes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`causes_created_at_idx\` ON \`causes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`causes_locales\` (
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
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`review_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`causes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`causes_review_review_changed_by_idx\` ON \`causes_locales\` (\`review_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`causes_review_review_submitted_by_idx\` ON \`causes_locales\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`causes_review_review_approved_by_idx\` ON \`causes_locales\` (\`review_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`causes__status_idx\` ON \`causes_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`causes_locales_locale_parent_id_unique\` ON \`causes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`causes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`locale\` text,
  	\`topics_id\` integer,
  	\`causes_id\` integer,
  	\`treatments_id\` integer,
  	\`faqs_id\` integer,
  	\`sources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`causes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`causes_id\`) REFERENCES \`causes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`causes_rels_order_idx\` ON \`causes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`causes_rels_parent_idx\` ON \`causes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`causes_rels_path_idx\` ON \`causes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`causes_rels_locale_idx\` ON \`causes_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`causes_rels_topics_id_idx\` ON \`causes_rels\` (\`topics_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`causes_rels_causes_id_idx\` ON \`causes_rels\` (\`causes_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`causes_rels_treatments_id_idx\` ON \`causes_rels\` (\`treatments_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`causes_rels_faqs_id_idx\` ON \`causes_rels\` (\`faqs_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`causes_rels_sources_id_idx\` ON \`causes_rels\` (\`sources_id\`,\`locale\`);`)
  await db.run(sql`CREATE TABLE \`_causes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_last_edited_by_id\` integer,
  	\`version_english_source_fingerprint\` text,
  	\`version_english_source_updated_at\` text,
  	\`version_english_source_version_id\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`causes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_causes_v_parent_idx\` ON \`_causes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_version_version_slug_idx\` ON \`_causes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_version_version_last_edited_by_idx\` ON \`_causes_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_version_version_updated_at_idx\` ON \`_causes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_version_version_created_at_idx\` ON \`_causes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_created_at_idx\` ON \`_causes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_updated_at_idx\` ON \`_causes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_snapshot_idx\` ON \`_causes_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_published_locale_idx\` ON \`_causes_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_latest_idx\` ON \`_causes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_causes_v_locales\` (
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
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_review_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_causes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_causes_v_version_review_version_review_changed_by_idx\` ON \`_causes_v_locales\` (\`version_review_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_version_review_version_review_submitted_by_idx\` ON \`_causes_v_locales\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_version_review_version_review_approved_by_idx\` ON \`_causes_v_locales\` (\`version_review_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_version_version__status_idx\` ON \`_causes_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_causes_v_locales_locale_parent_id_unique\` ON \`_causes_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_causes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`locale\` text,
  	\`topics_id\` integer,
  	\`causes_id\` integer,
  	\`treatments_id\` integer,
  	\`faqs_id\` integer,
  	\`sources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_causes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`causes_id\`) REFERENCES \`causes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_causes_v_rels_order_idx\` ON \`_causes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_rels_parent_idx\` ON \`_causes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_rels_path_idx\` ON \`_causes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_rels_locale_idx\` ON \`_causes_v_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_rels_topics_id_idx\` ON \`_causes_v_rels\` (\`topics_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_rels_causes_id_idx\` ON \`_causes_v_rels\` (\`causes_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_rels_treatments_id_idx\` ON \`_causes_v_rels\` (\`treatments_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_rels_faqs_id_idx\` ON \`_causes_v_rels\` (\`faqs_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_causes_v_rels_sources_id_idx\` ON \`_causes_v_rels\` (\`sources_id\`,\`locale\`);`)
  await db.run(sql`CREATE TABLE \`treatments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`last_edited_by_id\` integer,
  	\`english_source_fingerprint\` text,
  	\`english_source_updated_at\` text,
  	\`english_source_version_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`treatments_slug_idx\` ON \`treatments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`treatments_last_edited_by_idx\` ON \`treatments\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`treatments_updated_at_idx\` ON \`treatments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`treatments_created_at_idx\` ON \`treatments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`treatments_locales\` (
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
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`review_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`treatments_review_review_changed_by_idx\` ON \`treatments_locales\` (\`review_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`treatments_review_review_submitted_by_idx\` ON \`treatments_locales\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`treatments_review_review_approved_by_idx\` ON \`treatments_locales\` (\`review_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`treatments__status_idx\` ON \`treatments_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`treatments_locales_locale_parent_id_unique\` ON \`treatments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`treatments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`locale\` text,
  	\`topics_id\` integer,
  	\`causes_id\` integer,
  	\`treatments_id\` integer,
  	\`faqs_id\` integer,
  	\`sources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`causes_id\`) REFERENCES \`causes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`treatments_rels_order_idx\` ON \`treatments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`treatments_rels_parent_idx\` ON \`treatments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`treatments_rels_path_idx\` ON \`treatments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`treatments_rels_locale_idx\` ON \`treatments_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`treatments_rels_topics_id_idx\` ON \`treatments_rels\` (\`topics_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`treatments_rels_causes_id_idx\` ON \`treatments_rels\` (\`causes_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`treatments_rels_treatments_id_idx\` ON \`treatments_rels\` (\`treatments_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`treatments_rels_faqs_id_idx\` ON \`treatments_rels\` (\`faqs_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`treatments_rels_sources_id_idx\` ON \`treatments_rels\` (\`sources_id\`,\`locale\`);`)
  await db.run(sql`CREATE TABLE \`_treatments_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_last_edited_by_id\` integer,
  	\`version_english_source_fingerprint\` text,
  	\`version_english_source_updated_at\` text,
  	\`version_english_source_version_id\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_treatments_v_parent_idx\` ON \`_treatments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_slug_idx\` ON \`_treatments_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_last_edited_by_idx\` ON \`_treatments_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_updated_at_idx\` ON \`_treatments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version_created_at_idx\` ON \`_treatments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_created_at_idx\` ON \`_treatments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_updated_at_idx\` ON \`_treatments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_snapshot_idx\` ON \`_treatments_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_published_locale_idx\` ON \`_treatments_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_latest_idx\` ON \`_treatments_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_treatments_v_locales\` (
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
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_review_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_treatments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_review_version_review_changed_by_idx\` ON \`_treatments_v_locales\` (\`version_review_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_review_version_review_submitted_by_idx\` ON \`_treatments_v_locales\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_review_version_review_approved_by_idx\` ON \`_treatments_v_locales\` (\`version_review_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_version_version__status_idx\` ON \`_treatments_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_treatments_v_locales_locale_parent_id_unique\` ON \`_treatments_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_treatments_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`locale\` text,
  	\`topics_id\` integer,
  	\`causes_id\` integer,
  	\`treatments_id\` integer,
  	\`faqs_id\` integer,
  	\`sources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_treatments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`causes_id\`) REFERENCES \`causes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_treatments_v_rels_order_idx\` ON \`_treatments_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_rels_parent_idx\` ON \`_treatments_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_rels_path_idx\` ON \`_treatments_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_rels_locale_idx\` ON \`_treatments_v_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_rels_topics_id_idx\` ON \`_treatments_v_rels\` (\`topics_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_rels_causes_id_idx\` ON \`_treatments_v_rels\` (\`causes_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_rels_treatments_id_idx\` ON \`_treatments_v_rels\` (\`treatments_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_rels_faqs_id_idx\` ON \`_treatments_v_rels\` (\`faqs_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_treatments_v_rels_sources_id_idx\` ON \`_treatments_v_rels\` (\`sources_id\`,\`locale\`);`)
  await db.run(sql`CREATE TABLE \`faqs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`last_edited_by_id\` integer,
  	\`english_source_fingerprint\` text,
  	\`english_source_updated_at\` text,
  	\`english_source_version_id\` text,
  	\`subject\` text DEFAULT 'understanding',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`faqs_slug_idx\` ON \`faqs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`faqs_last_edited_by_idx\` ON \`faqs\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_updated_at_idx\` ON \`faqs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_created_at_idx\` ON \`faqs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`faqs_locales\` (
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
  	\`question\` text,
  	\`summary\` text,
  	\`answer\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`review_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faqs_review_review_changed_by_idx\` ON \`faqs_locales\` (\`review_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_review_review_submitted_by_idx\` ON \`faqs_locales\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_review_review_approved_by_idx\` ON \`faqs_locales\` (\`review_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs__status_idx\` ON \`faqs_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`faqs_locales_locale_parent_id_unique\` ON \`faqs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`faqs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`locale\` text,
  	\`topics_id\` integer,
  	\`causes_id\` integer,
  	\`treatments_id\` integer,
  	\`faqs_id\` integer,
  	\`sources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`causes_id\`) REFERENCES \`causes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faqs_rels_order_idx\` ON \`faqs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_parent_idx\` ON \`faqs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_path_idx\` ON \`faqs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_locale_idx\` ON \`faqs_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_topics_id_idx\` ON \`faqs_rels\` (\`topics_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_causes_id_idx\` ON \`faqs_rels\` (\`causes_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_treatments_id_idx\` ON \`faqs_rels\` (\`treatments_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_faqs_id_idx\` ON \`faqs_rels\` (\`faqs_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`faqs_rels_sources_id_idx\` ON \`faqs_rels\` (\`sources_id\`,\`locale\`);`)
  await db.run(sql`CREATE TABLE \`_faqs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_last_edited_by_id\` integer,
  	\`version_english_source_fingerprint\` text,
  	\`version_english_source_updated_at\` text,
  	\`version_english_source_version_id\` text,
  	\`version_subject\` text DEFAULT 'understanding',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_faqs_v_parent_idx\` ON \`_faqs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_slug_idx\` ON \`_faqs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_last_edited_by_idx\` ON \`_faqs_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_updated_at_idx\` ON \`_faqs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_created_at_idx\` ON \`_faqs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_created_at_idx\` ON \`_faqs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_updated_at_idx\` ON \`_faqs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_snapshot_idx\` ON \`_faqs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_published_locale_idx\` ON \`_faqs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_latest_idx\` ON \`_faqs_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_faqs_v_locales\` (
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
  	\`version_question\` text,
  	\`version_summary\` text,
  	\`version_answer\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_review_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_faqs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_review_version_review_changed_by_idx\` ON \`_faqs_v_locales\` (\`version_review_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_review_version_review_submitted_by_idx\` ON \`_faqs_v_locales\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_review_version_review_approved_by_idx\` ON \`_faqs_v_locales\` (\`version_review_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version__status_idx\` ON \`_faqs_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_faqs_v_locales_locale_parent_id_unique\` ON \`_faqs_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_faqs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`locale\` text,
  	\`topics_id\` integer,
  	\`causes_id\` integer,
  	\`treatments_id\` integer,
  	\`faqs_id\` integer,
  	\`sources_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_faqs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`causes_id\`) REFERENCES \`causes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_order_idx\` ON \`_faqs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_parent_idx\` ON \`_faqs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_path_idx\` ON \`_faqs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_locale_idx\` ON \`_faqs_v_rels\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_topics_id_idx\` ON \`_faqs_v_rels\` (\`topics_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_causes_id_idx\` ON \`_faqs_v_rels\` (\`causes_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_treatments_id_idx\` ON \`_faqs_v_rels\` (\`treatments_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_faqs_id_idx\` ON \`_faqs_v_rels\` (\`faqs_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_rels_sources_id_idx\` ON \`_faqs_v_rels\` (\`sources_id\`,\`locale\`);`)
  await db.run(sql`CREATE TABLE \`sources\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`last_edited_by_id\` integer,
  	\`title\` text,
  	\`organisation\` text,
  	\`year\` numeric,
  	\`publication\` text,
  	\`url\` text,
  	\`doi\` text,
  	\`pmid\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sources_slug_idx\` ON \`sources\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sources_last_edited_by_idx\` ON \`sources\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_updated_at_idx\` ON \`sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sources_created_at_idx\` ON \`sources\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sources__status_idx\` ON \`sources\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_sources_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_last_edited_by_id\` integer,
  	\`version_title\` text,
  	\`version_organisation\` text,
  	\`version_year\` numeric,
  	\`version_publication\` text,
  	\`version_url\` text,
  	\`version_doi\` text,
  	\`version_pmid\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_sources_v_parent_idx\` ON \`_sources_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_slug_idx\` ON \`_sources_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_last_edited_by_idx\` ON \`_sources_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_updated_at_idx\` ON \`_sources_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_created_at_idx\` ON \`_sources_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version__status_idx\` ON \`_sources_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_created_at_idx\` ON \`_sources_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_updated_at_idx\` ON \`_sources_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_snapshot_idx\` ON \`_sources_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_published_locale_idx\` ON \`_sources_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_latest_idx\` ON \`_sources_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_wide_url\` text,
  	\`sizes_wide_width\` numeric,
  	\`sizes_wide_height\` numeric,
  	\`sizes_wide_mime_type\` text,
  	\`sizes_wide_filesize\` numeric,
  	\`sizes_wide_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wide_sizes_wide_filename_idx\` ON \`media\` (\`sizes_wide_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`review_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`document_key\` text,
  	\`document_title\` text,
  	\`locale\` text,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`comment\` text,
  	\`reason\` text,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_events_action_idx\` ON \`review_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`review_events_document_key_idx\` ON \`review_events\` (\`document_key\`);`)
  await db.run(sql`CREATE INDEX \`review_events_user_idx\` ON \`review_events\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_updated_at_idx\` ON \`review_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_events_created_at_idx\` ON \`review_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_events_rels\` (
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
  await db.run(sql`CREATE INDEX \`review_events_rels_order_idx\` ON \`review_events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_parent_idx\` ON \`review_events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_path_idx\` ON \`review_events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_topics_id_idx\` ON \`review_events_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_causes_id_idx\` ON \`review_events_rels\` (\`causes_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_treatments_id_idx\` ON \`review_events_rels\` (\`treatments_id\`);`)
  await db.run(sql`CREATE INDEX \`review_events_rels_faqs_id_idx\` ON \`review_events_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_locales\` (
  	\`credentials\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`users_locales_locale_parent_id_unique\` ON \`users_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`causes_id\`) REFERENCES \`causes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`treatments_id\`) REFERENCES \`treatments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sources_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_events_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_locales\`;`)
  await db.run(sql`DROP TABLE \`topics_rels\`;`)
  await db.run(sql`DROP TABLE \`_topics_v\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_rels\`;`)
  await db.run(sql`DROP TABLE \`causes\`;`)
  await db.run(sql`DROP TABLE \`causes_locales\`;`)
  await db.run(sql`DROP TABLE \`causes_rels\`;`)
  await db.run(sql`DROP TABLE \`_causes_v\`;`)
  await db.run(sql`DROP TABLE \`_causes_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_causes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`treatments\`;`)
  await db.run(sql`DROP TABLE \`treatments_locales\`;`)
  await db.run(sql`DROP TABLE \`treatments_rels\`;`)
  await db.run(sql`DROP TABLE \`_treatments_v\`;`)
  await db.run(sql`DROP TABLE \`_treatments_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_treatments_v_rels\`;`)
  await db.run(sql`DROP TABLE \`faqs\`;`)
  await db.run(sql`DROP TABLE \`faqs_locales\`;`)
  await db.run(sql`DROP TABLE \`faqs_rels\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v_rels\`;`)
  await db.run(sql`DROP TABLE \`sources\`;`)
  await db.run(sql`DROP TABLE \`_sources_v\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`review_events\`;`)
  await db.run(sql`DROP TABLE \`review_events_rels\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_locales\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
