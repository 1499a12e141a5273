/**
 * The database, chosen by DATABASE_URI: unset or file: the embedded SQLite file, postgres:// or
 * postgresql:// PostgreSQL, mongodb:// or mongodb+srv:// MongoDB. What differs between them lives
 * in this folder, one file per database, behind `DatabaseSupport` (types.ts).
 */
import type { DatabaseAdapterObj } from 'payload'

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
