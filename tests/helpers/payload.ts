import fs from 'node:fs'

import type { Payload } from 'payload'

export interface TestPayload {
  payload: Payload
  databaseFile: string
  destroy: () => Promise<void>
}

/**
 * Payload on the test file's throw-away SQLite file (chosen by tests/helpers/isolatedDatabase.ts
 * before any import) with every migration applied, as `npm run migrate` would. One per file.
 */
export async function startTestPayload(): Promise<TestPayload> {
  const dir = process.env.MEDIGLOT_TEST_DIR
  if (!dir || !process.env.DATABASE_URI?.startsWith('file:')) {
    throw new Error('Integration tests run with tests/helpers/isolatedDatabase.ts as a jest setup file.')
  }
  const databaseFile = process.env.DATABASE_URI.slice('file:'.length)
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  await payload.db.migrate()
  return {
    payload,
    databaseFile,
    destroy: async () => {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
