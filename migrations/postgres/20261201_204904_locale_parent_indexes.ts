import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Written by hand, the same indexes as migrations/sqlite/20261125_211500_locale_parent_indexes:
 * the generated schema indexes each `*_locales` table on (_locale, _parent_id) only, so loading
 * one document's text (filtered by _parent_id alone) scanned the whole table.
 */
const tables = [
  '_causes_v_locales',
  '_faqs_v_locales',
  '_topics_v_locales',
  '_treatments_v_locales',
  'causes_locales',
  'faqs_locales',
  'media_locales',
  'topics_locales',
  'treatments_locales',
  'users_locales',
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of tables) {
    await db.execute(sql.raw(`CREATE INDEX IF NOT EXISTS "${table}_parent_idx" ON "${table}" USING btree ("_parent_id")`))
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of tables) await db.execute(sql.raw(`DROP INDEX IF EXISTS "${table}_parent_idx"`))
}
