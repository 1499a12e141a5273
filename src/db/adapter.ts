/**
 * The database, chosen by DATABASE_URI: unset or file: the embedded SQLite file, postgres:// or
 * postgresql:// PostgreSQL, mongodb:// or mongodb+srv:// MongoDB. What differs between them lives
 * in this folder, one file per database, behind `DatabaseSupport` (types.ts).
 */
import type { DatabaseAdapterObj, Payload } from 'payload'

import { mongodbSupport } from './mongodb'
import { postgresSupport } from './postgres'
import { sqliteSupport } from './sqlite'
import type { DatabaseTarget } from './target'
import type { DatabaseSupport } from './types'

export { sqliteSynchronous } from './sqlite'
export { postgresPoolOptions, DatabaseUnreachableError } from './postgres'
export {
  defaultSqlitePath,
  describeTarget,
  MalformedDatabaseUriError,
  resolveDatabaseTarget,
  supportedSchemes,
  UnsupportedDatabaseUriError,
  withoutPassword,
  type DatabaseKind,
  type DatabaseTarget,
} from './target'
export type { DatabaseSupport } from './types'

export function databaseSupport(target: DatabaseTarget): DatabaseSupport {
  switch (target.kind) {
    case 'sqlite':
      return sqliteSupport(target)
    case 'postgres':
      return postgresSupport(target)
    case 'mongodb':
      return mongodbSupport(target)
  }
}

export function createDatabaseAdapter(target: DatabaseTarget, migrationsRoot: string): DatabaseAdapterObj {
  return databaseSupport(target).createAdapter(migrationsRoot)
}

/**
 * Whether this Payload's saves commit whole or not at all (PostgreSQL, MongoDB on a replica
 * set): then nothing is ever half-written and no repair code runs. SQLite's adapter writes a save
 * in several statements without a transaction.
 */
export function savesAreAtomic(payload: Pick<Payload, 'db'>): boolean {
  return payload.db.name !== 'sqlite'
}
