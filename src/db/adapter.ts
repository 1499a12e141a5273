import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

/** Where the embedded database lives when DATABASE_URI is not set. */
export const defaultSqlitePath = './data/mediglot.db'

export const supportedSchemes = ['file:', 'mongodb://', 'mongodb+srv://'] as const

export type DatabaseTarget =
  | { kind: 'sqlite'; url: string; filePath: string }
  | { kind: 'mongodb'; url: string }

export class UnsupportedDatabaseUriError extends Error {
  constructor(scheme: string) {
    super(
      `DATABASE_URI uses the unsupported scheme "${scheme}". Supported: ` +
        `"file:" (or unset) for the embedded SQLite file, ` +
        `"mongodb://" or "mongodb+srv://" for MongoDB.`,
    )
    this.name = 'UnsupportedDatabaseUriError'
  }
}

/**
 * Decides which database a URI means, without connecting. Unset means the SQLite file under
 * ./data; the scheme alone decides the rest. The message of a refusal names the scheme but
 * never the rest of the URI, which may hold a password.
 */
export function resolveDatabaseTarget(
  uri: string | undefined,
  cwd: string = process.cwd(),
): DatabaseTarget {
  const value = uri?.trim()
  if (!value) {
    const filePath = path.resolve(cwd, defaultSqlitePath)
    return { kind: 'sqlite', url: `file:${filePath}`, filePath }
  }
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: value }
  }
  if (value.startsWith('file:')) {
    const filePath = path.resolve(cwd, value.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
    return { kind: 'sqlite', url: `file:${filePath}`, filePath }
  }
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(value)?.[1] ?? '(none)'
  throw new UnsupportedDatabaseUriError(scheme.slice(0, 32))
}

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

export function createDatabaseAdapter(target: DatabaseTarget, migrationsRoot: string): DatabaseAdapterObj {
  if (target.kind === 'mongodb') {
    return mongooseAdapter({
      url: target.url,
      migrationDir: path.join(migrationsRoot, 'mongodb'),
    })
  }
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
}
