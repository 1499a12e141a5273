import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum_topics_review_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum_topics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__topics_v_published_locale" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum__topics_v_version_review_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum__topics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_causes_review_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum_causes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__causes_v_published_locale" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum__causes_v_version_review_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum__causes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_treatments_review_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum_treatments_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__treatments_v_published_locale" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum__treatments_v_version_review_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum__treatments_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_faqs_subject" AS ENUM('understanding', 'causes', 'tests', 'treatment', 'next-pregnancy', 'support');
  CREATE TYPE "public"."enum_faqs_review_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_subject" AS ENUM('understanding', 'causes', 'tests', 'treatment', 'next-pregnancy', 'support');
  CREATE TYPE "public"."enum__faqs_v_published_locale" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum__faqs_v_version_review_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved');
  CREATE TYPE "public"."enum__faqs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_sources_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sources_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sources_v_published_locale" AS ENUM('en', 'zh');
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('submit', 'approve', 'requestChanges', 'publish', 'unpublish', 'delete', 'override');
  CREATE TYPE "public"."enum_review_events_locale" AS ENUM('en', 'zh', 'all');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'translator', 'medicalReviewer');
  CREATE TYPE "public"."enum_partners_webhooks_events" AS ENUM('published', 'updated', 'unpublished', 'deleted');
  CREATE TYPE "public"."enum_api_changes_event" AS ENUM('published', 'updated', 'unpublished', 'deleted');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverWebhook');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverWebhook');
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"revision" numeric DEFAULT 0,
  	"last_edited_by_id" integer,
  	"english_source_fingerprint" varchar,
  	"english_source_updated_at" timestamp(3) with time zone,
  	"english_source_version_id" varchar,
  	"order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics_locales" (
  	"review_state" "enum_topics_review_state" DEFAULT 'draft',
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
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"_status" "enum_topics_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "topics_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"topics_id" integer,
  	"causes_id" integer,
  	"treatments_id" integer,
  	"faqs_id" integer,
  	"sources_id" integer
  );
  
  CREATE TABLE "_topics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_revision" numeric DEFAULT 0,
  	"version_last_edited_by_id" integer,
  	"version_english_source_fingerprint" varchar,
  	"version_english_source_updated_at" timestamp(3) with time zone,
  	"version_english_source_version_id" varchar,
  	"version_order" numeric DEFAULT 100,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__topics_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_topics_v_locales" (
  	"version_review_state" "enum__topics_v_version_review_state" DEFAULT 'draft',
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
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version__status" "enum__topics_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_topics_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"topics_id" integer,
  	"causes_id" integer,
  	"treatments_id" integer,
  	"faqs_id" integer,
  	"sources_id" integer
  );
  
  CREATE TABLE "causes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"revision" numeric DEFAULT 0,
  	"last_edited_by_id" integer,
  	"english_source_fingerprint" varchar,
  	"english_source_updated_at" timestamp(3) with time zone,
  	"english_source_version_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "causes_locales" (
  	"review_state" "enum_causes_review_state" DEFAULT 'draft',
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
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"_status" "enum_causes_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "causes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"topics_id" integer,
  	"causes_id" integer,
  	"treatments_id" integer,
  	"faqs_id" integer,
  	"sources_id" integer
  );
  
  CREATE TABLE "_causes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_revision" numeric DEFAULT 0,
  	"version_last_edited_by_id" integer,
  	"version_english_source_fingerprint" varchar,
  	"version_english_source_updated_at" timestamp(3) with time zone,
  	"version_english_source_version_id" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__causes_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_causes_v_locales" (
  	"version_review_state" "enum__causes_v_version_review_state" DEFAULT 'draft',
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
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version__status" "enum__causes_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_causes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"topics_id" integer,
  	"causes_id" integer,
  	"treatments_id" integer,
  	"faqs_id" integer,
  	"sources_id" integer
  );
  
  CREATE TABLE "treatments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"revision" numeric DEFAULT 0,
  	"last_edited_by_id" integer,
  	"english_source_fingerprint" varchar,
  	"english_source_updated_at" timestamp(3) with time zone,
  	"english_source_version_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "treatments_locales" (
  	"review_state" "enum_treatments_review_state" DEFAULT 'draft',
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
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"_status" "enum_treatments_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "treatments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"topics_id" integer,
  	"causes_id" integer,
  	"treatments_id" integer,
  	"faqs_id" integer,
  	"sources_id" integer
  );
  
  CREATE TABLE "_treatments_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_revision" numeric DEFAULT 0,
  	"version_last_edited_by_id" integer,
  	"version_english_source_fingerprint" varchar,
  	"version_english_source_updated_at" timestamp(3) with time zone,
  	"version_english_source_version_id" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__treatments_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_treatments_v_locales" (
  	"version_review_state" "enum__treatments_v_version_review_state" DEFAULT 'draft',
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
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version__status" "enum__treatments_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_treatments_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"topics_id" integer,
  	"causes_id" integer,
  	"treatments_id" integer,
  	"faqs_id" integer,
  	"sources_id" integer
  );
  
  CREATE TABLE "faqs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"revision" numeric DEFAULT 0,
  	"last_edited_by_id" integer,
  	"english_source_fingerprint" varchar,
  	"english_source_updated_at" timestamp(3) with time zone,
  	"english_source_version_id" varchar,
  	"subject" "enum_faqs_subject" DEFAULT 'understanding',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "faqs_locales" (
  	"review_state" "enum_faqs_review_state" DEFAULT 'draft',
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
  	"question" varchar,
  	"summary" varchar,
  	"answer" jsonb,
  	"_status" "enum_faqs_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "faqs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"topics_id" integer,
  	"causes_id" integer,
  	"treatments_id" integer,
  	"faqs_id" integer,
  	"sources_id" integer
  );
  
  CREATE TABLE "_faqs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_revision" numeric DEFAULT 0,
  	"version_last_edited_by_id" integer,
  	"version_english_source_fingerprint" varchar,
  	"version_english_source_updated_at" timestamp(3) with time zone,
  	"version_english_source_version_id" varchar,
  	"version_subject" "enum__faqs_v_version_subject" DEFAULT 'understanding',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__faqs_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_faqs_v_locales" (
  	"version_review_state" "enum__faqs_v_version_review_state" DEFAULT 'draft',
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
  	"version_question" varchar,
  	"version_summary" varchar,
  	"version_answer" jsonb,
  	"version__status" "enum__faqs_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_faqs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"topics_id" integer,
  	"causes_id" integer,
  	"treatments_id" integer,
  	"faqs_id" integer,
  	"sources_id" integer
  );
  
  CREATE TABLE "sources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"last_edited_by_id" integer,
  	"title" varchar,
  	"organisation" varchar,
  	"year" numeric,
  	"publication" varchar,
  	"url" varchar,
  	"doi" varchar,
  	"pmid" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_sources_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_sources_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_last_edited_by_id" integer,
  	"version_title" varchar,
  	"version_organisation" varchar,
  	"version_year" numeric,
  	"version_publication" varchar,
  	"version_url" varchar,
  	"version_doi" varchar,
  	"version_pmid" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__sources_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__sources_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wide_url" varchar,
  	"sizes_wide_width" numeric,
  	"sizes_wide_height" numeric,
  	"sizes_wide_mime_type" varchar,
  	"sizes_wide_filesize" numeric,
  	"sizes_wide_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "review_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_review_events_action" NOT NULL,
  	"document_key" varchar,
  	"document_title" varchar,
  	"locale" "enum_review_events_locale",
  	"user_id" integer,
  	"user_name" varchar,
  	"comment" varchar,
  	"reason" varchar,
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"causes_id" integer,
  	"treatments_id" integer,
  	"faqs_id" integer
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_locales" (
  	"credentials" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "partners_webhooks_events" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_partners_webhooks_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "partners_webhooks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"secret" varchar NOT NULL,
  	"active" boolean DEFAULT true
  );
  
  CREATE TABLE "partners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"contact_email" varchar,
  	"revoked" boolean DEFAULT false,
  	"rate_limit_per_minute" numeric DEFAULT 120 NOT NULL,
  	"last_used_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar
  );
  
  CREATE TABLE "api_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event" "enum_api_changes_event" NOT NULL,
  	"document_id" varchar NOT NULL,
  	"type" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"locales" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "api_document_states" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"collection" varchar NOT NULL,
  	"db_id" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"fingerprint" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"partner_id" integer,
  	"url" varchar NOT NULL,
  	"event" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"delivery_id" varchar NOT NULL,
  	"attempt" numeric NOT NULL,
  	"ok" boolean DEFAULT false,
  	"status_code" numeric,
  	"error" varchar,
  	"duration_ms" numeric,
  	"will_retry" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"causes_id" integer,
  	"treatments_id" integer,
  	"faqs_id" integer,
  	"sources_id" integer,
  	"media_id" integer,
  	"review_events_id" integer,
  	"users_id" integer,
  	"partners_id" integer,
  	"api_changes_id" integer,
  	"api_document_states_id" integer,
  	"webhook_deliveries_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"partners_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "topics" ADD CONSTRAINT "topics_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_review_changed_by_id_users_id_fk" FOREIGN KEY ("review_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_review_approved_by_id_users_id_fk" FOREIGN KEY ("review_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_causes_fk" FOREIGN KEY ("causes_id") REFERENCES "public"."causes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_rels" ADD CONSTRAINT "topics_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_locales" ADD CONSTRAINT "_topics_v_locales_version_review_changed_by_id_users_id_fk" FOREIGN KEY ("version_review_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_locales" ADD CONSTRAINT "_topics_v_locales_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_locales" ADD CONSTRAINT "_topics_v_locales_version_review_approved_by_id_users_id_fk" FOREIGN KEY ("version_review_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_locales" ADD CONSTRAINT "_topics_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_causes_fk" FOREIGN KEY ("causes_id") REFERENCES "public"."causes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v_rels" ADD CONSTRAINT "_topics_v_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "causes" ADD CONSTRAINT "causes_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "causes_locales" ADD CONSTRAINT "causes_locales_review_changed_by_id_users_id_fk" FOREIGN KEY ("review_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "causes_locales" ADD CONSTRAINT "causes_locales_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "causes_locales" ADD CONSTRAINT "causes_locales_review_approved_by_id_users_id_fk" FOREIGN KEY ("review_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "causes_locales" ADD CONSTRAINT "causes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."causes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "causes_rels" ADD CONSTRAINT "causes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."causes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "causes_rels" ADD CONSTRAINT "causes_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "causes_rels" ADD CONSTRAINT "causes_rels_causes_fk" FOREIGN KEY ("causes_id") REFERENCES "public"."causes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "causes_rels" ADD CONSTRAINT "causes_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "causes_rels" ADD CONSTRAINT "causes_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "causes_rels" ADD CONSTRAINT "causes_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_causes_v" ADD CONSTRAINT "_causes_v_parent_id_causes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."causes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_causes_v" ADD CONSTRAINT "_causes_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_causes_v_locales" ADD CONSTRAINT "_causes_v_locales_version_review_changed_by_id_users_id_fk" FOREIGN KEY ("version_review_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_causes_v_locales" ADD CONSTRAINT "_causes_v_locales_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_causes_v_locales" ADD CONSTRAINT "_causes_v_locales_version_review_approved_by_id_users_id_fk" FOREIGN KEY ("version_review_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_causes_v_locales" ADD CONSTRAINT "_causes_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_causes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_causes_v_rels" ADD CONSTRAINT "_causes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_causes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_causes_v_rels" ADD CONSTRAINT "_causes_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_causes_v_rels" ADD CONSTRAINT "_causes_v_rels_causes_fk" FOREIGN KEY ("causes_id") REFERENCES "public"."causes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_causes_v_rels" ADD CONSTRAINT "_causes_v_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_causes_v_rels" ADD CONSTRAINT "_causes_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_causes_v_rels" ADD CONSTRAINT "_causes_v_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments" ADD CONSTRAINT "treatments_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatments_locales" ADD CONSTRAINT "treatments_locales_review_changed_by_id_users_id_fk" FOREIGN KEY ("review_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatments_locales" ADD CONSTRAINT "treatments_locales_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatments_locales" ADD CONSTRAINT "treatments_locales_review_approved_by_id_users_id_fk" FOREIGN KEY ("review_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatments_locales" ADD CONSTRAINT "treatments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_rels" ADD CONSTRAINT "treatments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_rels" ADD CONSTRAINT "treatments_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_rels" ADD CONSTRAINT "treatments_rels_causes_fk" FOREIGN KEY ("causes_id") REFERENCES "public"."causes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_rels" ADD CONSTRAINT "treatments_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_rels" ADD CONSTRAINT "treatments_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_rels" ADD CONSTRAINT "treatments_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v" ADD CONSTRAINT "_treatments_v_parent_id_treatments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v" ADD CONSTRAINT "_treatments_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v_locales" ADD CONSTRAINT "_treatments_v_locales_version_review_changed_by_id_users_id_fk" FOREIGN KEY ("version_review_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v_locales" ADD CONSTRAINT "_treatments_v_locales_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v_locales" ADD CONSTRAINT "_treatments_v_locales_version_review_approved_by_id_users_id_fk" FOREIGN KEY ("version_review_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v_locales" ADD CONSTRAINT "_treatments_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_treatments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_rels" ADD CONSTRAINT "_treatments_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_treatments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_rels" ADD CONSTRAINT "_treatments_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_rels" ADD CONSTRAINT "_treatments_v_rels_causes_fk" FOREIGN KEY ("causes_id") REFERENCES "public"."causes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_rels" ADD CONSTRAINT "_treatments_v_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_rels" ADD CONSTRAINT "_treatments_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_rels" ADD CONSTRAINT "_treatments_v_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_review_changed_by_id_users_id_fk" FOREIGN KEY ("review_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_review_approved_by_id_users_id_fk" FOREIGN KEY ("review_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_causes_fk" FOREIGN KEY ("causes_id") REFERENCES "public"."causes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_parent_id_faqs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_locales" ADD CONSTRAINT "_faqs_v_locales_version_review_changed_by_id_users_id_fk" FOREIGN KEY ("version_review_changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_locales" ADD CONSTRAINT "_faqs_v_locales_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_locales" ADD CONSTRAINT "_faqs_v_locales_version_review_approved_by_id_users_id_fk" FOREIGN KEY ("version_review_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_locales" ADD CONSTRAINT "_faqs_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_causes_fk" FOREIGN KEY ("causes_id") REFERENCES "public"."causes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sources" ADD CONSTRAINT "sources_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sources_v" ADD CONSTRAINT "_sources_v_parent_id_sources_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sources_v" ADD CONSTRAINT "_sources_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_causes_fk" FOREIGN KEY ("causes_id") REFERENCES "public"."causes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events_rels" ADD CONSTRAINT "review_events_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_locales" ADD CONSTRAINT "users_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_webhooks_events" ADD CONSTRAINT "partners_webhooks_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners_webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_webhooks" ADD CONSTRAINT "partners_webhooks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_causes_fk" FOREIGN KEY ("causes_id") REFERENCES "public"."causes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sources_fk" FOREIGN KEY ("sources_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_events_fk" FOREIGN KEY ("review_events_id") REFERENCES "public"."review_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_api_changes_fk" FOREIGN KEY ("api_changes_id") REFERENCES "public"."api_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_api_document_states_fk" FOREIGN KEY ("api_document_states_id") REFERENCES "public"."api_document_states"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_last_edited_by_idx" ON "topics" USING btree ("last_edited_by_id");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "topics_review_review_changed_by_idx" ON "topics_locales" USING btree ("review_changed_by_id");
  CREATE INDEX "topics_review_review_submitted_by_idx" ON "topics_locales" USING btree ("review_submitted_by_id");
  CREATE INDEX "topics_review_review_approved_by_idx" ON "topics_locales" USING btree ("review_approved_by_id");
  CREATE INDEX "topics__status_idx" ON "topics_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "topics_locales_locale_parent_id_unique" ON "topics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "topics_rels_order_idx" ON "topics_rels" USING btree ("order");
  CREATE INDEX "topics_rels_parent_idx" ON "topics_rels" USING btree ("parent_id");
  CREATE INDEX "topics_rels_path_idx" ON "topics_rels" USING btree ("path");
  CREATE INDEX "topics_rels_locale_idx" ON "topics_rels" USING btree ("locale");
  CREATE INDEX "topics_rels_topics_id_idx" ON "topics_rels" USING btree ("topics_id","locale");
  CREATE INDEX "topics_rels_causes_id_idx" ON "topics_rels" USING btree ("causes_id","locale");
  CREATE INDEX "topics_rels_treatments_id_idx" ON "topics_rels" USING btree ("treatments_id","locale");
  CREATE INDEX "topics_rels_faqs_id_idx" ON "topics_rels" USING btree ("faqs_id","locale");
  CREATE INDEX "topics_rels_sources_id_idx" ON "topics_rels" USING btree ("sources_id","locale");
  CREATE INDEX "_topics_v_parent_idx" ON "_topics_v" USING btree ("parent_id");
  CREATE INDEX "_topics_v_version_version_slug_idx" ON "_topics_v" USING btree ("version_slug");
  CREATE INDEX "_topics_v_version_version_last_edited_by_idx" ON "_topics_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_topics_v_version_version_updated_at_idx" ON "_topics_v" USING btree ("version_updated_at");
  CREATE INDEX "_topics_v_version_version_created_at_idx" ON "_topics_v" USING btree ("version_created_at");
  CREATE INDEX "_topics_v_created_at_idx" ON "_topics_v" USING btree ("created_at");
  CREATE INDEX "_topics_v_updated_at_idx" ON "_topics_v" USING btree ("updated_at");
  CREATE INDEX "_topics_v_snapshot_idx" ON "_topics_v" USING btree ("snapshot");
  CREATE INDEX "_topics_v_published_locale_idx" ON "_topics_v" USING btree ("published_locale");
  CREATE INDEX "_topics_v_latest_idx" ON "_topics_v" USING btree ("latest");
  CREATE INDEX "_topics_v_version_review_version_review_changed_by_idx" ON "_topics_v_locales" USING btree ("version_review_changed_by_id");
  CREATE INDEX "_topics_v_version_review_version_review_submitted_by_idx" ON "_topics_v_locales" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_topics_v_version_review_version_review_approved_by_idx" ON "_topics_v_locales" USING btree ("version_review_approved_by_id");
  CREATE INDEX "_topics_v_version_version__status_idx" ON "_topics_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_topics_v_locales_locale_parent_id_unique" ON "_topics_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_topics_v_rels_order_idx" ON "_topics_v_rels" USING btree ("order");
  CREATE INDEX "_topics_v_rels_parent_idx" ON "_topics_v_rels" USING btree ("parent_id");
  CREATE INDEX "_topics_v_rels_path_idx" ON "_topics_v_rels" USING btree ("path");
  CREATE INDEX "_topics_v_rels_locale_idx" ON "_topics_v_rels" USING btree ("locale");
  CREATE INDEX "_topics_v_rels_topics_id_idx" ON "_topics_v_rels" USING btree ("topics_id","locale");
  CREATE INDEX "_topics_v_rels_causes_id_idx" ON "_topics_v_rels" USING btree ("causes_id","locale");
  CREATE INDEX "_topics_v_rels_treatments_id_idx" ON "_topics_v_rels" USING btree ("treatments_id","locale");
  CREATE INDEX "_topics_v_rels_faqs_id_idx" ON "_topics_v_rels" USING btree ("faqs_id","locale");
  CREATE INDEX "_topics_v_rels_sources_id_idx" ON "_topics_v_rels" USING btree ("sources_id","locale");
  CREATE UNIQUE INDEX "causes_slug_idx" ON "causes" USING btree ("slug");
  CREATE INDEX "causes_last_edited_by_idx" ON "causes" USING btree ("last_edited_by_id");
  CREATE INDEX "causes_updated_at_idx" ON "causes" USING btree ("updated_at");
  CREATE INDEX "causes_created_at_idx" ON "causes" USING btree ("created_at");
  CREATE INDEX "causes_review_review_changed_by_idx" ON "causes_locales" USING btree ("review_changed_by_id");
  CREATE INDEX "causes_review_review_submitted_by_idx" ON "causes_locales" USING btree ("review_submitted_by_id");
  CREATE INDEX "causes_review_review_approved_by_idx" ON "causes_locales" USING btree ("review_approved_by_id");
  CREATE INDEX "causes__status_idx" ON "causes_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "causes_locales_locale_parent_id_unique" ON "causes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "causes_rels_order_idx" ON "causes_rels" USING btree ("order");
  CREATE INDEX "causes_rels_parent_idx" ON "causes_rels" USING btree ("parent_id");
  CREATE INDEX "causes_rels_path_idx" ON "causes_rels" USING btree ("path");
  CREATE INDEX "causes_rels_locale_idx" ON "causes_rels" USING btree ("locale");
  CREATE INDEX "causes_rels_topics_id_idx" ON "causes_rels" USING btree ("topics_id","locale");
  CREATE INDEX "causes_rels_causes_id_idx" ON "causes_rels" USING btree ("causes_id","locale");
  CREATE INDEX "causes_rels_treatments_id_idx" ON "causes_rels" USING btree ("treatments_id","locale");
  CREATE INDEX "causes_rels_faqs_id_idx" ON "causes_rels" USING btree ("faqs_id","locale");
  CREATE INDEX "causes_rels_sources_id_idx" ON "causes_rels" USING btree ("sources_id","locale");
  CREATE INDEX "_causes_v_parent_idx" ON "_causes_v" USING btree ("parent_id");
  CREATE INDEX "_causes_v_version_version_slug_idx" ON "_causes_v" USING btree ("version_slug");
  CREATE INDEX "_causes_v_version_version_last_edited_by_idx" ON "_causes_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_causes_v_version_version_updated_at_idx" ON "_causes_v" USING btree ("version_updated_at");
  CREATE INDEX "_causes_v_version_version_created_at_idx" ON "_causes_v" USING btree ("version_created_at");
  CREATE INDEX "_causes_v_created_at_idx" ON "_causes_v" USING btree ("created_at");
  CREATE INDEX "_causes_v_updated_at_idx" ON "_causes_v" USING btree ("updated_at");
  CREATE INDEX "_causes_v_snapshot_idx" ON "_causes_v" USING btree ("snapshot");
  CREATE INDEX "_causes_v_published_locale_idx" ON "_causes_v" USING btree ("published_locale");
  CREATE INDEX "_causes_v_latest_idx" ON "_causes_v" USING btree ("latest");
  CREATE INDEX "_causes_v_version_review_version_review_changed_by_idx" ON "_causes_v_locales" USING btree ("version_review_changed_by_id");
  CREATE INDEX "_causes_v_version_review_version_review_submitted_by_idx" ON "_causes_v_locales" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_causes_v_version_review_version_review_approved_by_idx" ON "_causes_v_locales" USING btree ("version_review_approved_by_id");
  CREATE INDEX "_causes_v_version_version__status_idx" ON "_causes_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_causes_v_locales_locale_parent_id_unique" ON "_causes_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_causes_v_rels_order_idx" ON "_causes_v_rels" USING btree ("order");
  CREATE INDEX "_causes_v_rels_parent_idx" ON "_causes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_causes_v_rels_path_idx" ON "_causes_v_rels" USING btree ("path");
  CREATE INDEX "_causes_v_rels_locale_idx" ON "_causes_v_rels" USING btree ("locale");
  CREATE INDEX "_causes_v_rels_topics_id_idx" ON "_causes_v_rels" USING btree ("topics_id","locale");
  CREATE INDEX "_causes_v_rels_causes_id_idx" ON "_causes_v_rels" USING btree ("causes_id","locale");
  CREATE INDEX "_causes_v_rels_treatments_id_idx" ON "_causes_v_rels" USING btree ("treatments_id","locale");
  CREATE INDEX "_causes_v_rels_faqs_id_idx" ON "_causes_v_rels" USING btree ("faqs_id","locale");
  CREATE INDEX "_causes_v_rels_sources_id_idx" ON "_causes_v_rels" USING btree ("sources_id","locale");
  CREATE UNIQUE INDEX "treatments_slug_idx" ON "treatments" USING btree ("slug");
  CREATE INDEX "treatments_last_edited_by_idx" ON "treatments" USING btree ("last_edited_by_id");
  CREATE INDEX "treatments_updated_at_idx" ON "treatments" USING btree ("updated_at");
  CREATE INDEX "treatments_created_at_idx" ON "treatments" USING btree ("created_at");
  CREATE INDEX "treatments_review_review_changed_by_idx" ON "treatments_locales" USING btree ("review_changed_by_id");
  CREATE INDEX "treatments_review_review_submitted_by_idx" ON "treatments_locales" USING btree ("review_submitted_by_id");
  CREATE INDEX "treatments_review_review_approved_by_idx" ON "treatments_locales" USING btree ("review_approved_by_id");
  CREATE INDEX "treatments__status_idx" ON "treatments_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "treatments_locales_locale_parent_id_unique" ON "treatments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "treatments_rels_order_idx" ON "treatments_rels" USING btree ("order");
  CREATE INDEX "treatments_rels_parent_idx" ON "treatments_rels" USING btree ("parent_id");
  CREATE INDEX "treatments_rels_path_idx" ON "treatments_rels" USING btree ("path");
  CREATE INDEX "treatments_rels_locale_idx" ON "treatments_rels" USING btree ("locale");
  CREATE INDEX "treatments_rels_topics_id_idx" ON "treatments_rels" USING btree ("topics_id","locale");
  CREATE INDEX "treatments_rels_causes_id_idx" ON "treatments_rels" USING btree ("causes_id","locale");
  CREATE INDEX "treatments_rels_treatments_id_idx" ON "treatments_rels" USING btree ("treatments_id","locale");
  CREATE INDEX "treatments_rels_faqs_id_idx" ON "treatments_rels" USING btree ("faqs_id","locale");
  CREATE INDEX "treatments_rels_sources_id_idx" ON "treatments_rels" USING btree ("sources_id","locale");
  CREATE INDEX "_treatments_v_parent_idx" ON "_treatments_v" USING btree ("parent_id");
  CREATE INDEX "_treatments_v_version_version_slug_idx" ON "_treatments_v" USING btree ("version_slug");
  CREATE INDEX "_treatments_v_version_version_last_edited_by_idx" ON "_treatments_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_treatments_v_version_version_updated_at_idx" ON "_treatments_v" USING btree ("version_updated_at");
  CREATE INDEX "_treatments_v_version_version_created_at_idx" ON "_treatments_v" USING btree ("version_created_at");
  CREATE INDEX "_treatments_v_created_at_idx" ON "_treatments_v" USING btree ("created_at");
  CREATE INDEX "_treatments_v_updated_at_idx" ON "_treatments_v" USING btree ("updated_at");
  CREATE INDEX "_treatments_v_snapshot_idx" ON "_treatments_v" USING btree ("snapshot");
  CREATE INDEX "_treatments_v_published_locale_idx" ON "_treatments_v" USING btree ("published_locale");
  CREATE INDEX "_treatments_v_latest_idx" ON "_treatments_v" USING btree ("latest");
  CREATE INDEX "_treatments_v_version_review_version_review_changed_by_idx" ON "_treatments_v_locales" USING btree ("version_review_changed_by_id");
  CREATE INDEX "_treatments_v_version_review_version_review_submitted_by_idx" ON "_treatments_v_locales" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_treatments_v_version_review_version_review_approved_by_idx" ON "_treatments_v_locales" USING btree ("version_review_approved_by_id");
  CREATE INDEX "_treatments_v_version_version__status_idx" ON "_treatments_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_treatments_v_locales_locale_parent_id_unique" ON "_treatments_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_treatments_v_rels_order_idx" ON "_treatments_v_rels" USING btree ("order");
  CREATE INDEX "_treatments_v_rels_parent_idx" ON "_treatments_v_rels" USING btree ("parent_id");
  CREATE INDEX "_treatments_v_rels_path_idx" ON "_treatments_v_rels" USING btree ("path");
  CREATE INDEX "_treatments_v_rels_locale_idx" ON "_treatments_v_rels" USING btree ("locale");
  CREATE INDEX "_treatments_v_rels_topics_id_idx" ON "_treatments_v_rels" USING btree ("topics_id","locale");
  CREATE INDEX "_treatments_v_rels_causes_id_idx" ON "_treatments_v_rels" USING btree ("causes_id","locale");
  CREATE INDEX "_treatments_v_rels_treatments_id_idx" ON "_treatments_v_rels" USING btree ("treatments_id","locale");
  CREATE INDEX "_treatments_v_rels_faqs_id_idx" ON "_treatments_v_rels" USING btree ("faqs_id","locale");
  CREATE INDEX "_treatments_v_rels_sources_id_idx" ON "_treatments_v_rels" USING btree ("sources_id","locale");
  CREATE UNIQUE INDEX "faqs_slug_idx" ON "faqs" USING btree ("slug");
  CREATE INDEX "faqs_last_edited_by_idx" ON "faqs" USING btree ("last_edited_by_id");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE INDEX "faqs_review_review_changed_by_idx" ON "faqs_locales" USING btree ("review_changed_by_id");
  CREATE INDEX "faqs_review_review_submitted_by_idx" ON "faqs_locales" USING btree ("review_submitted_by_id");
  CREATE INDEX "faqs_review_review_approved_by_idx" ON "faqs_locales" USING btree ("review_approved_by_id");
  CREATE INDEX "faqs__status_idx" ON "faqs_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "faqs_locales_locale_parent_id_unique" ON "faqs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "faqs_rels_order_idx" ON "faqs_rels" USING btree ("order");
  CREATE INDEX "faqs_rels_parent_idx" ON "faqs_rels" USING btree ("parent_id");
  CREATE INDEX "faqs_rels_path_idx" ON "faqs_rels" USING btree ("path");
  CREATE INDEX "faqs_rels_locale_idx" ON "faqs_rels" USING btree ("locale");
  CREATE INDEX "faqs_rels_topics_id_idx" ON "faqs_rels" USING btree ("topics_id","locale");
  CREATE INDEX "faqs_rels_causes_id_idx" ON "faqs_rels" USING btree ("causes_id","locale");
  CREATE INDEX "faqs_rels_treatments_id_idx" ON "faqs_rels" USING btree ("treatments_id","locale");
  CREATE INDEX "faqs_rels_faqs_id_idx" ON "faqs_rels" USING btree ("faqs_id","locale");
  CREATE INDEX "faqs_rels_sources_id_idx" ON "faqs_rels" USING btree ("sources_id","locale");
  CREATE INDEX "_faqs_v_parent_idx" ON "_faqs_v" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_version_slug_idx" ON "_faqs_v" USING btree ("version_slug");
  CREATE INDEX "_faqs_v_version_version_last_edited_by_idx" ON "_faqs_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_faqs_v_version_version_updated_at_idx" ON "_faqs_v" USING btree ("version_updated_at");
  CREATE INDEX "_faqs_v_version_version_created_at_idx" ON "_faqs_v" USING btree ("version_created_at");
  CREATE INDEX "_faqs_v_created_at_idx" ON "_faqs_v" USING btree ("created_at");
  CREATE INDEX "_faqs_v_updated_at_idx" ON "_faqs_v" USING btree ("updated_at");
  CREATE INDEX "_faqs_v_snapshot_idx" ON "_faqs_v" USING btree ("snapshot");
  CREATE INDEX "_faqs_v_published_locale_idx" ON "_faqs_v" USING btree ("published_locale");
  CREATE INDEX "_faqs_v_latest_idx" ON "_faqs_v" USING btree ("latest");
  CREATE INDEX "_faqs_v_version_review_version_review_changed_by_idx" ON "_faqs_v_locales" USING btree ("version_review_changed_by_id");
  CREATE INDEX "_faqs_v_version_review_version_review_submitted_by_idx" ON "_faqs_v_locales" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_faqs_v_version_review_version_review_approved_by_idx" ON "_faqs_v_locales" USING btree ("version_review_approved_by_id");
  CREATE INDEX "_faqs_v_version_version__status_idx" ON "_faqs_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_faqs_v_locales_locale_parent_id_unique" ON "_faqs_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_faqs_v_rels_order_idx" ON "_faqs_v_rels" USING btree ("order");
  CREATE INDEX "_faqs_v_rels_parent_idx" ON "_faqs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_rels_path_idx" ON "_faqs_v_rels" USING btree ("path");
  CREATE INDEX "_faqs_v_rels_locale_idx" ON "_faqs_v_rels" USING btree ("locale");
  CREATE INDEX "_faqs_v_rels_topics_id_idx" ON "_faqs_v_rels" USING btree ("topics_id","locale");
  CREATE INDEX "_faqs_v_rels_causes_id_idx" ON "_faqs_v_rels" USING btree ("causes_id","locale");
  CREATE INDEX "_faqs_v_rels_treatments_id_idx" ON "_faqs_v_rels" USING btree ("treatments_id","locale");
  CREATE INDEX "_faqs_v_rels_faqs_id_idx" ON "_faqs_v_rels" USING btree ("faqs_id","locale");
  CREATE INDEX "_faqs_v_rels_sources_id_idx" ON "_faqs_v_rels" USING btree ("sources_id","locale");
  CREATE UNIQUE INDEX "sources_slug_idx" ON "sources" USING btree ("slug");
  CREATE INDEX "sources_last_edited_by_idx" ON "sources" USING btree ("last_edited_by_id");
  CREATE INDEX "sources_updated_at_idx" ON "sources" USING btree ("updated_at");
  CREATE INDEX "sources_created_at_idx" ON "sources" USING btree ("created_at");
  CREATE INDEX "sources__status_idx" ON "sources" USING btree ("_status");
  CREATE INDEX "_sources_v_parent_idx" ON "_sources_v" USING btree ("parent_id");
  CREATE INDEX "_sources_v_version_version_slug_idx" ON "_sources_v" USING btree ("version_slug");
  CREATE INDEX "_sources_v_version_version_last_edited_by_idx" ON "_sources_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_sources_v_version_version_updated_at_idx" ON "_sources_v" USING btree ("version_updated_at");
  CREATE INDEX "_sources_v_version_version_created_at_idx" ON "_sources_v" USING btree ("version_created_at");
  CREATE INDEX "_sources_v_version_version__status_idx" ON "_sources_v" USING btree ("version__status");
  CREATE INDEX "_sources_v_created_at_idx" ON "_sources_v" USING btree ("created_at");
  CREATE INDEX "_sources_v_updated_at_idx" ON "_sources_v" USING btree ("updated_at");
  CREATE INDEX "_sources_v_snapshot_idx" ON "_sources_v" USING btree ("snapshot");
  CREATE INDEX "_sources_v_published_locale_idx" ON "_sources_v" USING btree ("published_locale");
  CREATE INDEX "_sources_v_latest_idx" ON "_sources_v" USING btree ("latest");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wide_sizes_wide_filename_idx" ON "media" USING btree ("sizes_wide_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "review_events_action_idx" ON "review_events" USING btree ("action");
  CREATE INDEX "review_events_document_key_idx" ON "review_events" USING btree ("document_key");
  CREATE INDEX "review_events_user_idx" ON "review_events" USING btree ("user_id");
  CREATE INDEX "review_events_updated_at_idx" ON "review_events" USING btree ("updated_at");
  CREATE INDEX "review_events_created_at_idx" ON "review_events" USING btree ("created_at");
  CREATE INDEX "review_events_rels_order_idx" ON "review_events_rels" USING btree ("order");
  CREATE INDEX "review_events_rels_parent_idx" ON "review_events_rels" USING btree ("parent_id");
  CREATE INDEX "review_events_rels_path_idx" ON "review_events_rels" USING btree ("path");
  CREATE INDEX "review_events_rels_topics_id_idx" ON "review_events_rels" USING btree ("topics_id");
  CREATE INDEX "review_events_rels_causes_id_idx" ON "review_events_rels" USING btree ("causes_id");
  CREATE INDEX "review_events_rels_treatments_id_idx" ON "review_events_rels" USING btree ("treatments_id");
  CREATE INDEX "review_events_rels_faqs_id_idx" ON "review_events_rels" USING btree ("faqs_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "users_locales_locale_parent_id_unique" ON "users_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "partners_webhooks_events_order_idx" ON "partners_webhooks_events" USING btree ("order");
  CREATE INDEX "partners_webhooks_events_parent_idx" ON "partners_webhooks_events" USING btree ("parent_id");
  CREATE INDEX "partners_webhooks_order_idx" ON "partners_webhooks" USING btree ("_order");
  CREATE INDEX "partners_webhooks_parent_id_idx" ON "partners_webhooks" USING btree ("_parent_id");
  CREATE INDEX "partners_updated_at_idx" ON "partners" USING btree ("updated_at");
  CREATE INDEX "partners_created_at_idx" ON "partners" USING btree ("created_at");
  CREATE INDEX "api_changes_event_idx" ON "api_changes" USING btree ("event");
  CREATE INDEX "api_changes_document_id_idx" ON "api_changes" USING btree ("document_id");
  CREATE INDEX "api_changes_updated_at_idx" ON "api_changes" USING btree ("updated_at");
  CREATE INDEX "api_changes_created_at_idx" ON "api_changes" USING btree ("created_at");
  CREATE UNIQUE INDEX "api_document_states_key_idx" ON "api_document_states" USING btree ("key");
  CREATE INDEX "api_document_states_document_id_idx" ON "api_document_states" USING btree ("document_id");
  CREATE INDEX "api_document_states_updated_at_idx" ON "api_document_states" USING btree ("updated_at");
  CREATE INDEX "api_document_states_created_at_idx" ON "api_document_states" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_partner_idx" ON "webhook_deliveries" USING btree ("partner_id");
  CREATE INDEX "webhook_deliveries_document_id_idx" ON "webhook_deliveries" USING btree ("document_id");
  CREATE INDEX "webhook_deliveries_delivery_id_idx" ON "webhook_deliveries" USING btree ("delivery_id");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_causes_id_idx" ON "payload_locked_documents_rels" USING btree ("causes_id");
  CREATE INDEX "payload_locked_documents_rels_treatments_id_idx" ON "payload_locked_documents_rels" USING btree ("treatments_id");
  CREATE INDEX "payload_locked_documents_rels_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_locked_documents_rels_sources_id_idx" ON "payload_locked_documents_rels" USING btree ("sources_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_review_events_id_idx" ON "payload_locked_documents_rels" USING btree ("review_events_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_partners_id_idx" ON "payload_locked_documents_rels" USING btree ("partners_id");
  CREATE INDEX "payload_locked_documents_rels_api_changes_id_idx" ON "payload_locked_documents_rels" USING btree ("api_changes_id");
  CREATE INDEX "payload_locked_documents_rels_api_document_states_id_idx" ON "payload_locked_documents_rels" USING btree ("api_document_states_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_rels_partners_id_idx" ON "payload_preferences_rels" USING btree ("partners_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_locales" CASCADE;
  DROP TABLE "topics_rels" CASCADE;
  DROP TABLE "_topics_v" CASCADE;
  DROP TABLE "_topics_v_locales" CASCADE;
  DROP TABLE "_topics_v_rels" CASCADE;
  DROP TABLE "causes" CASCADE;
  DROP TABLE "causes_locales" CASCADE;
  DROP TABLE "causes_rels" CASCADE;
  DROP TABLE "_causes_v" CASCADE;
  DROP TABLE "_causes_v_locales" CASCADE;
  DROP TABLE "_causes_v_rels" CASCADE;
  DROP TABLE "treatments" CASCADE;
  DROP TABLE "treatments_locales" CASCADE;
  DROP TABLE "treatments_rels" CASCADE;
  DROP TABLE "_treatments_v" CASCADE;
  DROP TABLE "_treatments_v_locales" CASCADE;
  DROP TABLE "_treatments_v_rels" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "faqs_locales" CASCADE;
  DROP TABLE "faqs_rels" CASCADE;
  DROP TABLE "_faqs_v" CASCADE;
  DROP TABLE "_faqs_v_locales" CASCADE;
  DROP TABLE "_faqs_v_rels" CASCADE;
  DROP TABLE "sources" CASCADE;
  DROP TABLE "_sources_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "review_events" CASCADE;
  DROP TABLE "review_events_rels" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_locales" CASCADE;
  DROP TABLE "partners_webhooks_events" CASCADE;
  DROP TABLE "partners_webhooks" CASCADE;
  DROP TABLE "partners" CASCADE;
  DROP TABLE "api_changes" CASCADE;
  DROP TABLE "api_document_states" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_topics_review_state";
  DROP TYPE "public"."enum_topics_status";
  DROP TYPE "public"."enum__topics_v_published_locale";
  DROP TYPE "public"."enum__topics_v_version_review_state";
  DROP TYPE "public"."enum__topics_v_version_status";
  DROP TYPE "public"."enum_causes_review_state";
  DROP TYPE "public"."enum_causes_status";
  DROP TYPE "public"."enum__causes_v_published_locale";
  DROP TYPE "public"."enum__causes_v_version_review_state";
  DROP TYPE "public"."enum__causes_v_version_status";
  DROP TYPE "public"."enum_treatments_review_state";
  DROP TYPE "public"."enum_treatments_status";
  DROP TYPE "public"."enum__treatments_v_published_locale";
  DROP TYPE "public"."enum__treatments_v_version_review_state";
  DROP TYPE "public"."enum__treatments_v_version_status";
  DROP TYPE "public"."enum_faqs_subject";
  DROP TYPE "public"."enum_faqs_review_state";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum__faqs_v_version_subject";
  DROP TYPE "public"."enum__faqs_v_published_locale";
  DROP TYPE "public"."enum__faqs_v_version_review_state";
  DROP TYPE "public"."enum__faqs_v_version_status";
  DROP TYPE "public"."enum_sources_status";
  DROP TYPE "public"."enum__sources_v_version_status";
  DROP TYPE "public"."enum__sources_v_published_locale";
  DROP TYPE "public"."enum_review_events_action";
  DROP TYPE "public"."enum_review_events_locale";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_partners_webhooks_events";
  DROP TYPE "public"."enum_api_changes_event";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
