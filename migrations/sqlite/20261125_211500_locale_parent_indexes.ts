import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Written by hand: the generated schema indexes each `*_locales` table on (_locale, _parent_id)
 * only, so loading one document's text (filtered by _parent_id) scanned the whole table. At
 * 10,000 documents that turned one uncached list read into tens of seconds (bench/README.md).
 */
const indexes = [
    'CREATE INDEX IF NOT EXISTS `_causes_v_locales_parent_idx` ON `_causes_v_locales` (`_parent_id`)',
    'CREATE INDEX IF NOT EXISTS `_faqs_v_locales_parent_idx` ON `_faqs_v_locales` (`_parent_id`)',
    'CREATE INDEX IF NOT EXISTS `_topics_v_locales_parent_idx` ON `_topics_v_locales` (`_parent_id`)',
    'CREATE INDEX IF NOT EXISTS `_treatments_v_locales_parent_idx` ON `_treatments_v_locales` (`_parent_id`)',
    'CREATE INDEX IF NOT EXISTS `causes_locales_parent_idx` ON `causes_locales` (`_parent_id`)',
    'CREATE INDEX IF NOT EXISTS `faqs_locales_parent_idx` ON `faqs_locales` (`_parent_id`)',
    'CREATE INDEX IF NOT EXISTS `media_locales_parent_idx` ON `media_locales` (`_parent_id`)',
    'CREATE INDEX IF NOT EXISTS `topics_locales_parent_idx` ON `topics_locales` (`_parent_id`)',
    'CREATE INDEX IF NOT EXISTS `treatments_locales_parent_idx` ON `treatments_locales` (`_parent_id`)',
    'CREATE INDEX IF NOT EXISTS `users_locales_parent_idx` ON `users_locales` (`_parent_id`)',
]

const drops = [
    'DROP INDEX IF EXISTS `_causes_v_locales_parent_idx`',
    'DROP INDEX IF EXISTS `_faqs_v_locales_parent_idx`',
    'DROP INDEX IF EXISTS `_topics_v_locales_parent_idx`',
    'DROP INDEX IF EXISTS `_treatments_v_locales_parent_idx`',
    'DROP INDEX IF EXISTS `causes_locales_parent_idx`',
    'DROP INDEX IF EXISTS `faqs_locales_parent_idx`',
    'DROP INDEX IF EXISTS `media_locales_parent_idx`',
    'DROP INDEX IF EXISTS `topics_locales_parent_idx`',
    'DROP INDEX IF EXISTS `treatments_locales_parent_idx`',
    'DROP INDEX IF EXISTS `users_locales_parent_idx`',
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of indexes) await db.run(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of drops) await db.run(sql.raw(statement))
}
