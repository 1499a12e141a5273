/**
 * `npm run restore -- FILE`: puts a backup made by `npm run backup` in place of the SQLite
 * database (and its media folder), keeping the current files beside it, then applies any
 * migrations the backup predates. Stop the server first: a running server keeps the old file open.
 */
import fs from 'node:fs'
import path from 'node:path'

import { resolveDatabaseTarget } from '../src/db/adapter'

const source = process.argv[2] ? path.resolve(process.argv[2]) : ''
if (!source || !fs.existsSync(source)) {
  console.error('Usage: npm run restore -- backups/mediglot-YYYYMMDD-HHMMSS.db')
  process.exit(1)
}
const header = Buffer.alloc(16)
const fd = fs.openSync(source, 'r')
fs.readSync(fd, header, 0, 16, 0)
fs.closeSync(fd)
if (header.toString('latin1') !== 'SQLite format 3\u0000') {
  console.error(`${source} is not an SQLite database.`)
  process.exit(1)
}
const target = resolveDatabaseTarget(process.env.DATABASE_URI)
if (target.kind !== 'sqlite') {
  console.error('This database is MongoDB: restore it with mongorestore (see README, "Backup and restore").')
  process.exit(2)
}

const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')
fs.mkdirSync(path.dirname(target.filePath), { recursive: true })
if (fs.existsSync(target.filePath)) {
  const kept = `${target.filePath}.before-restore-${stamp}`
  fs.renameSync(target.filePath, kept)
  console.log(`Kept the current database as ${kept}`)
}
for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target.filePath}${suffix}`, { force: true })
fs.copyFileSync(source, target.filePath)
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
console.log(`Restored ${source} to ${target.filePath}; migrations are current.`)
await payload.destroy()
process.exit(0)
