/**
 * `npm run restore -- FILE`: puts a backup made by `npm run backup` in place of the database
 * (and its media folder), then applies any migrations the backup predates. SQLite: the current
 * file is kept beside it. PostgreSQL: `pg_restore --clean` in one transaction (a failed restore
 * changes nothing). Stop the server first.
 */
import fs from 'node:fs'
import path from 'node:path'

import { databaseSupport, describeTarget, resolveDatabaseTarget } from '../src/db/adapter'

const source = process.argv[2] ? path.resolve(process.argv[2]) : ''
if (!source || !fs.existsSync(source)) {
  console.error('Usage: npm run restore -- backups/mediglot-YYYYMMDD-HHMMSS.db (or .pgdump on PostgreSQL)')
  process.exit(1)
}
const target = resolveDatabaseTarget(process.env.DATABASE_URI)
if (target.kind === 'mongodb') {
  console.error('This database is MongoDB: restore it with mongorestore (see README, "Backup and restore").')
  process.exit(2)
}
const support = databaseSupport(target)
if (!support.isBackup(source)) {
  const what = target.kind === 'sqlite' ? 'an SQLite database' : 'a PostgreSQL backup (pg_dump custom format)'
  console.error(`${source} is not ${what}; ${describeTarget(target)} is unchanged.`)
  process.exit(1)
}

let line: string
try {
  line = await support.restore(source)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
console.log(line)
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')
const mediaBackup = `${source}.media`
if (fs.existsSync(mediaBackup)) {
  const mediaDir = path.resolve(process.env.MEDIA_DIR || 'data/media')
  if (fs.existsSync(mediaDir)) fs.renameSync(mediaDir, `${mediaDir}.before-restore-${stamp}`)
  fs.cpSync(mediaBackup, mediaDir, { recursive: true })
}

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config, disableOnInit: true })
await payload.db.migrate()
console.log(`Migrations are current on ${describeTarget(target)}.`)
await payload.destroy()
process.exit(0)
