import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sources_review_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum__sources_v_version_review_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved');
  CREATE TABLE "sources_locales" (
  	"review_state" "enum_sources_review_state" DEFAULT 'draft',
  	"review_approved_fingerprint" varchar,
  	"review_changed_by_id" integer,
  	"review_changed_at" timestamp(3) with time zone,
  	"review_submitted_by_id" integer,
  	"review_submitted_at" timestamp(3) with time zone,
  	"review_approved_by_id" integer,
  	"review_approved_at" timestamp(3) with time zone,
  	"review_reviewer_name" varchar,
  	"review_reviewer_credentials" varchar,
  	"review_last_reviewed" timestamp(3) with time zone,
  	"review_next_review_due" timestamp(3) with time zone,
  	"review_approved_against" varchar,
  	"review_approved_against_version" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sources_v_locales" (
  	"version_review_state" "enum__sources_v_version_review_state" DEFAULT 'draft',
  	"version_review_approved_fingerprint" varchar,
  	"version_review_changed_by_id" integer,
  	"version_review_changed_at" timestamp(3) with time zone,
  	"version_review_submitted_by_id" integer,
  	"version_review_submitted_at" timestamp(3) with time zone,
  	"version_review_approved_by_id" integer,
  	"version_review_approved_at" timestamp(3) with time zone,
  	"version_review_reviewer_name" varchar,
  	"version_review_reviewer_credentials" varchar,
  	"version_review_last_reviewed" timestamp(3) with time zone,
  	"version_review_next_review_due" timestamp(3) with time zone,
  	"version_review_approved_against" varchar,
  	"version_review_approved_against_version" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "glossary_terms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"english" varchar NOT NULL,
  	"chinese" varchar NOT NULL,
  	"note" varchar,
  	"source" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "glossary_terms_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "review_events_rels" ADD COLUMN "sources_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "glossary_terms_id" integer;
  ALTER TABLE "sources_locales" ADD CONSTRAINT "sources_locales_review_changed_by_id_users_id_fk" FOREIGN KEY ("review_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sources_locales" ADD CONSTRAINT "sources_locales_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sources_locales" ADD CONSTRAINT "sources_locales_review_approved_by_id_users_id_fk" FOREIGN KEY ("review_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sources_locales" ADD CONSTRAINT "sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sources_v_locales" ADD CONSTRAINT "_sources_v_locales_version_review_changed_by_id_users_id_fk" FOREIGN KEY ("version_review_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sources_v_locales" ADD CONSTRAINT "_sources_v_locales_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sources_v_locales" ADD CONSTRAINT "_sources_v_locales_version_review_approved_by_id_users_id_fk" FOREIGN KEY ("version_review_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sources_v_locales" ADD CONSTRAINT "_sources_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms_texts" ADD CONSTRAINT "glossary_terms_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "sources_review_review_changed_by_idx" ON "sources_locales" USING btree ("review_changed_by_id");
  CREATE INDEX "sources_review_review_submitted_by_idx" ON "sources_locales" USING btree ("review_submitted_by_id");
  CREATE INDEX "sources_review_review_approved_by_idx" ON "sources_locales" USING btree ("review_approved_by_id");
  CREATE UNIQUE INDEX "sources_locales_locale_parent_id_unique" ON "sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sources_v_version_review_version_review_changed_by_idx" ON "_sources_v_locales" USING btree ("version_review_changed_by_id");
  CREATE INDEX "_sources_v_version_review_version_review_submitted_by_idx" ON "_sources_v_locales" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_sources_v_version_review_version_review_approved_by_idx" ON "_sources_v_locales" USING btree ("version_review_approved_by_id");
  CREATE UNIQUE INDEX "_sources_v_locales_locale_parent_id_unique" ON "_sources_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "glossary_terms_english_idx" ON "glossary_terms" USING btree ("english");
  CREATE INDEX "glossary_terms_updated_at_idx" ON "glossary_terms" USING btree ("updated_at");
  CREATE INDEX "glossary_terms_created_at_idx" ON "glossary_terms" USING btree ("created_at");
  CREATE INDEX "glossary_terms_texts_order_parent" ON "glossary_terms_texts" USING btree ("order","parent_id");
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_terms_fk" FOREIGN KEY ("glossary_terms_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "review_events_rels_sources_id_idx" ON "review_events_rels" USING btree ("sources_id");
  CREATE INDEX "payload_locked_documents_rels_glossary_terms_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_terms_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
  // Added by hand, as in 20261201_204904_locale_parent_indexes: one document's text is loaded by
  // _parent_id alone, and the generated unique index leads with the locale.
  await db.execute(sql`CREATE INDEX IF NOT EXISTS "sources_locales_parent_idx" ON "sources_locales" ("_parent_id");`)
  await db.execute(sql`CREATE INDEX IF NOT EXISTS "_sources_v_locales_parent_idx" ON "_sources_v_locales" ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS "sources_locales_parent_idx";`)
  await db.execute(sql`DROP INDEX IF EXISTS "_sources_v_locales_parent_idx";`)
  await db.execute(sql`
   ALTER TABLE "sources_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_sources_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary_terms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary_terms_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sources_locales" CASCADE;
  DROP TABLE "_sources_v_locales" CASCADE;
  DROP TABLE "glossary_terms" CASCADE;
  DROP TABLE "glossary_terms_texts" CASCADE;
  ALTER TABLE "review_events_rels" DROP CONSTRAINT "review_events_rels_sources_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_glossary_terms_fk";
  
  DROP INDEX "review_events_rels_sources_id_idx";
  DROP INDEX "payload_locked_documents_rels_glossary_terms_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "review_events_rels" DROP COLUMN "sources_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "glossary_terms_id";
  DROP TYPE "public"."enum_sources_review_state";
  DROP TYPE "public"."enum__sources_v_version_review_state";`)
}
