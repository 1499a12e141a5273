import fs from 'node:fs'

import type { Payload } from 'payload'

import { dropDatabase } from './testDatabase'

export interface TestPayload {
  payload: Payload
  /** The test file's database (an SQLite file: URI or a PostgreSQL URI). */
  databaseURI: string
  /** The test file's scratch directory (backups, media, other databases). */
  dir: string
  destroy: () => Promise<void>
}

/**
 * Payload on the test file's throw-away database (chosen by tests/helpers/isolatedDatabase.ts
 * before any import) with every migration applied, as `npm run migrate` would. One per file.
 */
export async function startTestPayload(): Promise<TestPayload> {
  const dir = process.env.MEDIGLOT_TEST_DIR
  const databaseURI = process.env.DATABASE_URI
  if (!dir || !databaseURI) {
    throw new Error('Integration tests run with tests/helpers/isolatedDatabase.ts as a jest setup file.')
  }
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  await payload.db.migrate()
  return {
    payload,
    databaseURI,
    dir,
    destroy: async () => {
      await payload.destroy()
      await dropDatabase(databaseURI)
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
