/**
 * `npm run demo`: everything a newcomer needs, in order. Builds the production app when the
 * sources changed since the last build, applies migrations, seeds an empty database, creates one
 * account per role, then serves the production build on PORT (default 3000).
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { buildIfNeeded } from './build-if-needed'

const root = process.cwd()
const dataDir = path.join(root, 'data')
fs.mkdirSync(dataDir, { recursive: true })

function step(message: string) {
  console.log(`\n▶ ${message}`)
}

// A production server needs a secret; a demo machine gets its own, kept under ./data.
if (!process.env.PAYLOAD_SECRET) {
  const secretFile = path.join(dataDir, '.payload-secret')
  if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  process.env.PAYLOAD_SECRET = fs.readFileSync(secretFile, 'utf8').trim()
}

try {
  step('Checking the production build')
  buildIfNeeded(root, (line) => console.log(`  ${line}`))
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}

step('Applying database migrations')
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
await payload.db.migrate()

const { seedDemoContent } = await import('../src/seed/seedContent')
const { ensureDemoAccounts } = await import('../src/seed/demoUsers')
const topicCount = await payload.count({ collection: 'topics', overrideAccess: true })
if (topicCount.totalDocs === 0) {
  step('Seeding the English and Chinese demo content')
  const report = await seedDemoContent(payload, { log: (line) => console.log(`  ${line}`) })
  console.log(`  ${report.counts.created} documents created`)
} else {
  step(`The database already has content (${topicCount.totalDocs} topics): not seeding (npm run seed adds what is missing)`)
}

step('Demo accounts (one per role)')
for (const account of await ensureDemoAccounts(payload)) {
  console.log(`  ${account.role.padEnd(16)} ${account.email.padEnd(34)} ${account.password}${account.created ? '  (new)' : ''}`)
}
await payload.destroy()

const port = process.env.PORT || '3000'
step(`Starting the production server on http://localhost:${port}`)
const server = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'src/server.ts'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', PORT: port },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
