/**
 * Which database the suite runs on: the SQLite file (`npm test`) or PostgreSQL (`npm run
 * test:postgres`, which sets MEDIGLOT_TEST_DATABASE=postgres and TEST_POSTGRES_URL to a server
 * whose user may create databases). Every test file, and every app server a test starts, gets
 * its own throw-away database either way.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'

export const onPostgres = process.env.MEDIGLOT_TEST_DATABASE === 'postgres'

function serverUrl(): string {
  const url = process.env.TEST_POSTGRES_URL
  if (!url) throw new Error('MEDIGLOT_TEST_DATABASE=postgres needs TEST_POSTGRES_URL (npm run test:postgres sets both).')
  return url
}

/** A new database's URI: a file in `dir` on SQLite, a fresh database name on PostgreSQL (created by Payload on first connect). */
export function newDatabaseUri(dir: string, name: string): string {
  if (!onPostgres) return `file:${path.join(dir, `${name}.db`)}`
  const url = new URL(serverUrl())
  const safe = name.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 30)
  url.pathname = `/mg_${safe}_${process.pid}_${randomBytes(4).toString('hex')}`
  return url.toString()
}

/** Drops a database made by newDatabaseUri (SQLite files go with their directory). */
export async function dropDatabase(uri: string): Promise<void> {
  if (!uri.startsWith('postgres')) return
  const name = new URL(uri).pathname.slice(1)
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: serverUrl() })
  try {
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '')}" WITH (FORCE)`)
  } catch {
    // The private cluster is thrown away at the end anyway.
  } finally {
    await client.end().catch(() => {})
  }
}
