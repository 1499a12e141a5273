/**
 * `npm run backup [-- FILE]`: an online, consistent copy of the database plus the media folder,
 * into ./backups/. SQLite: SQLite's `VACUUM INTO`, safe while the server is writing. PostgreSQL:
 * `pg_dump` (custom format, one snapshot). On MongoDB use `mongodump` instead (README).
 */
import fs from 'node:fs'
import path from 'node:path'

import { databaseSupport, describeTarget, resolveDatabaseTarget } from '../src/db/adapter'

const target = resolveDatabaseTarget(process.env.DATABASE_URI)
const support = databaseSupport(target)
if (target.kind === 'mongodb') {
  console.error('This database is MongoDB: back it up with mongodump (see README, "Backup and restore").')
  process.exit(2)
}
if (target.kind === 'sqlite' && !fs.existsSync(target.filePath)) {
  console.error(`No database at ${target.filePath}: nothing to back up.`)
  process.exit(1)
}

const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')
const file = path.resolve(process.argv[2] ?? path.join('backups', `mediglot-${stamp}.${support.backupExtension}`))
if (fs.existsSync(file)) {
  console.error(`${file} exists already; choose another name.`)
  process.exit(1)
}
fs.mkdirSync(path.dirname(file), { recursive: true })

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config, disableOnInit: true })
const started = Date.now()
try {
  await support.backup(file, payload)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  fs.rmSync(file, { force: true })
  process.exit(1)
}
const mediaDir = path.resolve(process.env.MEDIA_DIR || 'data/media')
if (fs.existsSync(mediaDir)) fs.cpSync(mediaDir, `${file}.media`, { recursive: true })
console.log(
  `Backed up ${describeTarget(target)} to ${file} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB) in ${Date.now() - started} ms` +
    (fs.existsSync(`${file}.media`) ? `, media to ${file}.media` : ''),
)
await payload.destroy()
process.exit(0)
