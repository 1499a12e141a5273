/**
 * Fails when a generated file is behind the config: src/payload-types.ts (run `npm run
 * generate`) or the migrations (run `npm run migrate:create NAME` for SQLite,
 * `npm run migrate:create:postgres NAME` for PostgreSQL). Both are generated into temporary
 * places and compared; nothing in the work tree changes. The SQLite migrations are checked on a
 * temporary file; with CHECK_DATABASE_URI=postgres://… (an empty database; `npm run
 * test:postgres` gives one), the PostgreSQL migrations instead.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'mediglot-generated-'))
process.env.DATABASE_URI = process.env.CHECK_DATABASE_URI || `file:${path.join(temp, 'check.db')}`

const { getPayload } = await import('payload')
const { generateTypes } = await import('payload/node')
const { default: configPromise } = await import('../payload.config')
const { databaseSupport, resolveDatabaseTarget } = await import('../src/db/adapter')
const support = databaseSupport(resolveDatabaseTarget(process.env.DATABASE_URI))

const config = await configPromise
const problems: string[] = []

const committedTypes = config.typescript.outputFile
config.typescript.outputFile = path.join(temp, 'payload-types.ts')
await generateTypes(config, { log: false })
if (!fs.existsSync(config.typescript.outputFile)) {
  problems.push('generateTypes wrote nothing; cannot check src/payload-types.ts')
} else if (fs.readFileSync(config.typescript.outputFile, 'utf8') !== fs.readFileSync(committedTypes, 'utf8')) {
  problems.push('src/payload-types.ts is out of date: run `npm run generate` and commit the result.')
}

const payload = await getPayload({ config, disableOnInit: true })
const committedMigrations = payload.db.migrationDir
const scratch = path.join(temp, 'migrations')
fs.cpSync(committedMigrations, scratch, { recursive: true })
payload.db.migrationDir = scratch
const before = new Set(fs.readdirSync(scratch))
await payload.db.createMigration({ migrationName: 'check', payload, skipEmpty: true, forceAcceptWarning: true })
// With nothing to do the adapter still writes a migration, an empty one: look inside.
const added = fs.readdirSync(scratch).filter((f) => !before.has(f) && f.endsWith('.ts') && f !== 'index.ts')
const statements = added.some((f) => support.migrationHasStatements(fs.readFileSync(path.join(scratch, f), 'utf8')))
if (statements) {
  const command = support.kind === 'postgres' ? 'npm run migrate:create:postgres NAME' : 'npm run migrate:create NAME'
  problems.push(`The schema has changes no migration in migrations/${support.migrationFolder} covers: run \`${command}\` and commit it.`)
}
await payload.destroy()
fs.rmSync(temp, { recursive: true, force: true })

if (problems.length > 0) {
  for (const problem of problems) console.error(problem)
  process.exit(1)
}
console.log(`src/payload-types.ts and migrations/${support.migrationFolder} match the config.`)
process.exit(0)
