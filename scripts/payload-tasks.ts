/**
 * The Payload tasks we depend on, called through Payload's own functions instead of the
 * `payload` CLI, which sometimes exits 0 having done nothing (upstream #17757). Each task checks
 * that its work is done and exits non-zero otherwise.
 *
 *   tsx scripts/payload-tasks.ts migrate               apply pending migrations
 *   tsx scripts/payload-tasks.ts migrate:create NAME   write a migration for schema changes
 *   tsx scripts/payload-tasks.ts migrate:status        list migrations and whether they ran
 *   tsx scripts/payload-tasks.ts generate              write src/payload-types.ts and the import map
 */
import fs from 'node:fs'
import path from 'node:path'

import { generateImportMap, getPayload } from 'payload'
import { generateTypes } from 'payload/node'

import configPromise from '../payload.config'
import { databaseSupport, resolveDatabaseTarget } from '../src/db/adapter'

const [task, ...args] = process.argv.slice(2)

const config = await configPromise

async function main(): Promise<void> {
  switch (task) {
    case 'migrate':
      return migrate()
    case 'migrate:create':
      return createMigration(args[0])
    case 'migrate:status': {
      const payload = await getPayload({ config })
      await payload.db.migrateStatus()
      return
    }
    case 'generate':
      return generate()
    default:
      throw new Error(`Unknown task "${task ?? ''}". Use migrate, migrate:create NAME, migrate:status or generate.`)
  }
}

async function migrate(): Promise<void> {
  const payload = await getPayload({ config })
  await payload.db.migrate()
  const done = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false, overrideAccess: true })
  const files = migrationFiles(payload.db.migrationDir)
  const ran = new Set(done.docs.map((d) => (d as { name?: string }).name))
  const missing = files.filter((name) => !ran.has(name))
  if (missing.length > 0) throw new Error(`Migrations not applied: ${missing.join(', ')}`)
  payload.logger.info(`Database is up to date (${files.length} migration(s) in ${path.relative(process.cwd(), payload.db.migrationDir)}).`)
}

async function createMigration(name: string | undefined): Promise<void> {
  if (!name || !/^[a-z0-9_-]+$/.test(name)) throw new Error('Give the migration a name: lowercase, digits, _ or -.')
  const payload = await getPayload({ config, disableOnInit: true })
  const dir = payload.db.migrationDir
  const indexFile = path.join(dir, 'index.ts')
  const indexBefore = fs.existsSync(indexFile) ? fs.readFileSync(indexFile, 'utf8') : null
  const before = new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : [])
  await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: true, skipEmpty: true })
  const added = fs.readdirSync(dir).filter((f) => !before.has(f))
  const script = added.find((f) => f.endsWith('.ts'))
  // With nothing to change the adapter still writes an empty migration: take it back.
  const support = databaseSupport(resolveDatabaseTarget(process.env.DATABASE_URI))
  if (!script || !support.migrationHasStatements(fs.readFileSync(path.join(dir, script), 'utf8'))) {
    for (const f of added) fs.rmSync(path.join(dir, f))
    if (indexBefore !== null) fs.writeFileSync(indexFile, indexBefore)
    payload.logger.info('No schema changes: no migration written.')
    return
  }
  payload.logger.info(`Wrote ${added.join(', ')}`)
}

async function generate(): Promise<void> {
  const typesFile = config.typescript.outputFile
  // Payload leaves an identical file untouched, so "did it work" is checked against a fresh
  // copy written next to it.
  const fresh = `${typesFile}.check`
  config.typescript.outputFile = fresh
  await generateTypes(config, { log: false })
  config.typescript.outputFile = typesFile
  if (!fs.existsSync(fresh)) throw new Error(`generateTypes did not write ${typesFile}`)
  fs.renameSync(fresh, typesFile)
  await generateImportMap(config, { log: false, force: true })
  console.log(`Wrote ${path.relative(process.cwd(), typesFile)} and the admin import map.`)
}

function migrationFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f) && f !== 'index.ts' && f !== 'index.js' && !f.endsWith('.d.ts'))
    .map((f) => f.replace(/\.(ts|js)$/, ''))
    .sort()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
