import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { postgresAdapter } from '@payloadcms/db-postgres'
import pg from 'pg'

import { trackCommits } from './afterCommit'
import { reportConnectionLost } from './availability'
import { describeTarget, withoutPassword, type DatabaseTarget } from './target'
import type { DatabaseSupport } from './types'

type PostgresTarget = Extract<DatabaseTarget, { kind: 'postgres' }>

/** A whole number from the environment, or the default; anything else stops start-up. */
export function positiveInteger(name: string, value: string | undefined, fallback: number, { allowZero = false } = {}): number {
  const text = (value ?? '').trim()
  if (text === '') return fallback
  const n = Number(text)
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) {
    throw new Error(`${name} must be a whole number${allowZero ? ' (0 = off)' : ' above 0'} (got "${text.slice(0, 20)}").`)
  }
  return n
}

/** Pool and timeouts from the environment (README, "Running on PostgreSQL"). */
export function postgresPoolOptions(env: Pick<NodeJS.ProcessEnv, 'DATABASE_POOL_SIZE' | 'DATABASE_STATEMENT_TIMEOUT_MS' | 'DATABASE_CONNECT_TIMEOUT_MS'> = process.env) {
  return {
    max: positiveInteger('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, 10),
    // A statement running longer is cancelled by the server (0 = no limit).
    statementTimeoutMs: positiveInteger('DATABASE_STATEMENT_TIMEOUT_MS', env.DATABASE_STATEMENT_TIMEOUT_MS, 30_000, { allowZero: true }),
    // How long to wait for a connection (from the pool or a new one) before the request fails.
    connectTimeoutMs: positiveInteger('DATABASE_CONNECT_TIMEOUT_MS', env.DATABASE_CONNECT_TIMEOUT_MS, 5_000),
  }
}

export class DatabaseUnreachableError extends Error {
  constructor(target: PostgresTarget, reason: string) {
    super(`Cannot connect to ${describeTarget(target)}: ${withoutPassword(reason, target.url)}`)
    this.name = 'DatabaseUnreachableError'
  }
}

/** The connection string without its password, which travels in PGPASSWORD instead of argv. */
function toolEnvironment(target: PostgresTarget): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(target.url)
  const password = url.password ? decodeURIComponent(url.password) : undefined
  url.password = ''
  return { url: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } }
}

function runTool(tool: string, args: string[], target: PostgresTarget): void {
  const result = spawnSync(tool, args, { env: toolEnvironment(target).env, encoding: 'utf8' })
  if (result.error) {
    throw new Error(`${tool} could not run (${result.error.message}): install the PostgreSQL client (apt-get install postgresql-client).`)
  }
  if (result.status !== 0) throw new Error(`${tool} failed: ${withoutPassword(result.stderr.trim(), target.url)}`)
}

/** Creates the target database when it does not exist yet (a restore onto a new server). */
async function ensureDatabase(target: PostgresTarget): Promise<void> {
  const url = new URL(target.url)
  url.pathname = '/postgres'
  const client = new pg.Client({ connectionString: url.toString() })
  try {
    await client.connect()
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [target.database])
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${target.database.replace(/"/g, '""')}"`)
  } finally {
    await client.end().catch(() => {})
  }
}

export function postgresSupport(target: PostgresTarget): DatabaseSupport {
  return {
    kind: 'postgres',
    migrationFolder: 'postgres',
    atomicSaves: true,
    probe: async () => {
      const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: postgresPoolOptions().connectTimeoutMs })
      try {
        await client.connect()
      } catch (error) {
        const reason = error instanceof Error ? error.message || (error as { code?: string }).code || 'no answer' : String(error)
        // Payload creates a missing database on its first connection (the server user may).
        if (/database .* does not exist/i.test(reason)) return
        throw new DatabaseUnreachableError(target, reason)
      } finally {
        await client.end().catch(() => {})
      }
    },
    backupExtension: 'pgdump',
    migrationHasStatements: (source) => /\bdb\.(run|execute)\(/.test(source),
    createAdapter: (migrationsRoot) => {
      const pool = postgresPoolOptions()
      const adapterObj = postgresAdapter({
        pool: {
          connectionString: target.url,
          max: pool.max,
          statement_timeout: pool.statementTimeoutMs || undefined,
          // A transaction left open by a hung client would hold its row locks for ever.
          idle_in_transaction_session_timeout: 60_000,
          connectionTimeoutMillis: pool.connectTimeoutMs,
          application_name: 'mediglot',
        },
        migrationDir: path.join(migrationsRoot, 'postgres'),
        // Schema changes go through committed migrations only, in development too.
        push: false,
      })
      const init = adapterObj.init
      adapterObj.init = (args) => {
        const adapter = init(args)
        trackCommits(adapter as never)
        const connect = adapter.connect!
        let listening = false
        adapter.connect = async function connectOrExplain(options) {
          try {
            await connect.call(this, options)
          } catch (error) {
            const reason = error instanceof Error ? error.message.replace(/^Error: cannot connect to Postgres: /, '') : String(error)
            throw new DatabaseUnreachableError(target, reason)
          }
          if (!listening && adapter.pool) {
            listening = true
            // An idle connection cut by the server (a restart, a failover) is an 'error' event on
            // the pool: without a listener Node ends the process. The pool makes a new
            // connection for the next query; requests meanwhile answer 503 (src/db/unavailable.ts).
            adapter.pool.on('error', (err) => {
              reportConnectionLost()
              args.payload.logger.warn(`Lost a connection to ${describeTarget(target)}: ${withoutPassword(err.message, target.url)}`)
            })
          }
        }
        return adapter
      }
      return adapterObj
    },
    backup: async (file) => {
      // pg_dump reads one snapshot: consistent while the server keeps writing.
      const { url } = toolEnvironment(target)
      runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`], target)
    },
    isBackup: (file) => {
      const header = Buffer.alloc(5)
      const fd = fs.openSync(file, 'r')
      fs.readSync(fd, header, 0, 5, 0)
      fs.closeSync(fd)
      return header.toString('latin1') === 'PGDMP'
    },
    restore: async (file) => {
      await ensureDatabase(target)
      const { url } = toolEnvironment(target)
      // One transaction: a restore that fails leaves the database as it was.
      runTool(
        'pg_restore',
        ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${url}`, file],
        target,
      )
      return `Restored ${file} into ${describeTarget(target)}`
    },
  }
}
