import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { updateExistingDemoContent } from '../../src/seed/updateDemoContent'

/**
 * Written by hand, data only (no schema): the clinical corrections of issue 17 reach a demo
 * database seeded before them. Documents people edited are left as they are; see
 * src/seed/updateDemoContent.ts. Does nothing on a database without the demo content.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const report = await updateExistingDemoContent(payload, {
    req,
    log: (line) => payload.logger.info(line),
  })
  if (report) {
    const { created, updated, unchanged, kept } = report.counts
    payload.logger.info(
      `Demo content 2026-12: ${created} created, ${updated} updated, ${unchanged} unchanged, ${kept} kept as edited by people`,
    )
  }
}

/** Nothing to undo: the update never deletes, and earlier wordings stay in each document's versions. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
