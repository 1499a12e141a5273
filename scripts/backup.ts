/**
 * `npm run backup [-- FILE]`: an online, consistent copy of the SQLite database (SQLite's
 * `VACUUM INTO`, safe while the server is writing) plus the media folder, into ./backups/.
 * On MongoDB use `mongodump --uri "$DATABASE_URI" --archive=FILE --gzip` instead (README).
 */
import fs from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-sqlite'

import { resolveDatabaseTarget } from '../src/db/adapter'

const target = resolveDatabaseTarget(process.env.DATABASE_URI)
if (target.kind !== 'sqlite') {
  console.error('This database is MongoDB: back it up with mongodump (see README, "Backup and restore").')
  process.exit(2)
}
if (!fs.existsSync(target.filePath)) {
  console.error(`No database at ${target.filePath}: nothing to back up.`)
  process.exit(1)
}

const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')
const file = path.resolve(process.argv[2] ?? path.join('backups', `mediglot-${stamp}.db`))
if (fs.existsSync(file)) {
  console.error(`${file} exists already; choose another name.`)
  process.exit(1)
}
fs.mkdirSync(path.dirname(file), { recursive: true })

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config, disableOnInit: true })
const started = Date.now()
const db = (payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }).drizzle
await db.run(sql`VACUUM INTO ${file}`)
const mediaDir = path.resolve(process.env.MEDIA_DIR || 'data/media')
if (fs.existsSync(mediaDir)) fs.cpSync(mediaDir, `${file}.media`, { recursive: true })
console.log(
  `Backed up ${target.filePath} to ${file} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB) in ${Date.now() - started} ms` +
    (fs.existsSync(`${file}.media`) ? `, media to ${file}.media` : ''),
)
await payload.destroy()
process.exit(0)
