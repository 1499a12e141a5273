#!/usr/bin/env node
/**
 * `npm run migrate:create:postgres -- NAME`: writes the PostgreSQL migration for schema changes
 * into migrations/postgres, the counterpart of `npm run migrate:create NAME` (SQLite). Needs no
 * server of yours: it starts a private throw-away cluster (or uses TEST_POSTGRES_URL), migrates
 * a fresh database to the committed migrations, generates the new one, and stops the cluster.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'

import { databaseUrl, startPostgres } from './postgres-cluster.mjs'

const name = process.argv[2]
if (!name || !/^[a-z0-9_-]+$/.test(name)) {
  console.error('Usage: npm run migrate:create:postgres -- NAME (lowercase, digits, _ or -)')
  process.exit(1)
}
const server = await startPostgres()
const env = { ...process.env, DATABASE_URI: databaseUrl(server.url, `migrations_${crypto.randomBytes(4).toString('hex')}`) }
const task = (...args) =>
  spawnSync('npx', ['tsx', '--conditions=production', 'scripts/payload-tasks.ts', ...args], { stdio: 'inherit', env }).status
let status = task('migrate')
if (status === 0) status = task('migrate:create', name)
await server.stop()
process.exit(status ?? 1)
