import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`topics\` ADD \`revision\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_topics_v\` ADD \`version_revision\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`causes\` ADD \`revision\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_causes_v\` ADD \`version_revision\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`treatments\` ADD \`revision\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_treatments_v\` ADD \`version_revision\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`revision\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_revision\` numeric DEFAULT 0;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`topics\` DROP COLUMN \`revision\`;`)
  await db.run(sql`ALTER TABLE \`_topics_v\` DROP COLUMN \`version_revision\`;`)
  await db.run(sql`ALTER TABLE \`causes\` DROP COLUMN \`revision\`;`)
  await db.run(sql`ALTER TABLE \`_causes_v\` DROP COLUMN \`version_revision\`;`)
  await db.run(sql`ALTER TABLE \`treatments\` DROP COLUMN \`revision\`;`)
  await db.run(sql`ALTER TABLE \`_treatments_v\` DROP COLUMN \`version_revision\`;`)
  await db.run(sql`ALTER TABLE \`faqs\` DROP COLUMN \`revision\`;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` DROP COLUMN \`version_revision\`;`)
}
