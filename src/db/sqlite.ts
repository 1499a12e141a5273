import fs from 'node:fs'
import path from 'node:path'

import { sqliteAdapter, sql } from '@payloadcms/db-sqlite'

import type { DatabaseTarget } from './target'
import type { DatabaseSupport } from './types'

/**
 * SQLITE_SYNCHRONOUS: how hard SQLite waits for the disk at each commit (WAL mode). FULL, the
 * default, keeps every acknowledged save through a power cut. NORMAL keeps the file consistent
 * and every save through a crash of the process, but may lose the last saves to a power cut or
 * an operating-system crash; it takes about a sixth of the write time (the seed's 1,854 writes:
 * 10.8 s of SQL under FULL, 1.7 s under NORMAL, on this project's machines) — for a large import.
 */
export function sqliteSynchronous(value: string | undefined): 'FULL' | 'NORMAL' {
  const wanted = (value ?? '').trim().toUpperCase()
  if (wanted === '' || wanted === 'FULL') return 'FULL'
  if (wanted === 'NORMAL') return 'NORMAL'
  throw new Error(`SQLITE_SYNCHRONOUS must be FULL (the default) or NORMAL (got "${value!.slice(0, 20)}").`)
}

export function sqliteSupport(target: Extract<DatabaseTarget, { kind: 'sqlite' }>): DatabaseSupport {
  return {
    kind: 'sqlite',
    migrationFolder: 'sqlite',
    atomicSaves: false,
    // The file is created on first use; a folder that cannot be written fails at the first query.
    probe: async () => {},
    backupExtension: 'db',
    migrationHasStatements: (source) => /\bdb\.(run|execute)\(/.test(source),
    createAdapter: (migrationsRoot) => {
      // A fresh machine has no ./data yet: create the folder so the file can be created on first run.
      fs.mkdirSync(path.dirname(target.filePath), { recursive: true })
      return sqliteAdapter({
        client: { url: target.url },
        migrationDir: path.join(migrationsRoot, 'sqlite'),
        // Schema changes go through committed migrations only, in development too.
        push: false,
        // Readers do not wait for writers, and a second process (a script, the seed, a backup)
        // waits for a lock instead of failing at once with SQLITE_BUSY.
        wal: { synchronous: sqliteSynchronous(process.env.SQLITE_SYNCHRONOUS) },
        busyTimeout: 5_000,
      })
    },
    backup: async (file, payload) => {
      // VACUUM INTO: an online, consistent copy, safe while the server is writing.
      const db = (payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }).drizzle
      await db.run(sql`VACUUM INTO ${file}`)
    },
    isBackup: (file) => {
      const header = Buffer.alloc(16)
      const fd = fs.openSync(file, 'r')
      fs.readSync(fd, header, 0, 16, 0)
      fs.closeSync(fd)
      return header.toString('latin1') === 'SQLite format 3\u0000'
    },
    restore: async (file) => {
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-')
      fs.mkdirSync(path.dirname(target.filePath), { recursive: true })
      let kept = ''
      if (fs.existsSync(target.filePath)) {
        kept = `${target.filePath}.before-restore-${stamp}`
        fs.renameSync(target.filePath, kept)
      }
      for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target.filePath}${suffix}`, { force: true })
      fs.copyFileSync(file, target.filePath)
      return `Restored ${file} to ${target.filePath}` + (kept ? ` (the database before is kept as ${kept})` : '')
    },
  }
}
