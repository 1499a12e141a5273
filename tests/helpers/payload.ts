import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

export interface TestPayload {
  payload: Payload
  databaseFile: string
  destroy: () => Promise<void>
}

/**
 * Payload on a throw-away SQLite file with every migration applied, as `npm run migrate` would.
 * One per test file: the config reads DATABASE_URI when it is first imported.
 */
export async function startTestPayload(): Promise<TestPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediglot-int-'))
  const databaseFile = path.join(dir, 'test.db')
  process.env.DATABASE_URI = `file:${databaseFile}`
  process.env.PAYLOAD_SECRET ??= 'test-secret'
  process.env.MEDIA_DIR = path.join(dir, 'media')
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
