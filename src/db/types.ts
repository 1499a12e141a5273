import type { DatabaseAdapterObj, Payload } from 'payload'

import type { DatabaseKind, DatabaseTarget } from './target'

/**
 * What differs between databases, in one place: everything outside src/db uses the Local API
 * and, where it must know, asks this.
 */
export interface DatabaseSupport {
  kind: DatabaseKind
  /** Payload's adapter for the target, not yet connected. */
  createAdapter: (migrationsRoot: string) => DatabaseAdapterObj
  /**
   * Fails with a message naming the host (never the password) when the database cannot be
   * reached; the production server calls it before it listens.
   */
  probe: () => Promise<void>
  /** Folder under migrations/ holding this adapter's generated migrations. */
  migrationFolder: string
  /**
   * True when a save (Payload's create/update/delete with its versions and locale rows) commits
   * whole or not at all. False on SQLite: the adapter writes without a transaction, so a killed
   * process can leave a half-written document, which the seed repairs (src/seed/seedContent.ts).
   */
  atomicSaves: boolean
  /** Whether a migration file really holds statements (the generator writes empty ones). */
  migrationHasStatements: (source: string) => boolean
  /** A consistent backup of the running database into `file` (media are copied by the caller). */
  backup: (file: string, payload: Payload) => Promise<void>
  /** Whether `file` is a backup this database can restore. */
  isBackup: (file: string) => boolean
  /** Replaces the database's content with the backup in `file`. Returns a line for the log. */
  restore: (file: string) => Promise<string>
  /** Default backup file name extension. */
  backupExtension: string
}

export type SupportFor<T extends DatabaseTarget> = (target: T) => DatabaseSupport
