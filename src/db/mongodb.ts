import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'

import type { DatabaseTarget } from './target'
import type { DatabaseSupport } from './types'

const useTools = (tool: string) => async (): Promise<never> => {
  throw new Error(`This database is MongoDB: use ${tool} (see README, "Backup and restore").`)
}

export function mongodbSupport(target: Extract<DatabaseTarget, { kind: 'mongodb' }>): DatabaseSupport {
  return {
    kind: 'mongodb',
    migrationFolder: 'mongodb',
    // Payload uses transactions on a replica set (a standalone server has none).
    atomicSaves: true,
    probe: async () => {},
    backupExtension: 'archive.gz',
    migrationHasStatements: () => true,
    createAdapter: (migrationsRoot) =>
      mongooseAdapter({ url: target.url, migrationDir: path.join(migrationsRoot, 'mongodb') }),
    backup: useTools('mongodump'),
    isBackup: () => false,
    restore: useTools('mongorestore'),
  }
}
