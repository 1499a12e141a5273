/**
 * Crash safety of the import: the demo seed (`npm run seed`, our importer) is killed with
 * SIGKILL at random points — after a random number of finished documents plus a random pause,
 * so most kills land in the middle of a document's writes — and then run again to the end.
 * Every re-run must succeed and leave the same content as one clean run (compared with
 * `npm run content-hash -- --content-only`, which ignores timestamps and revision counters).
 * On SQLite the seed repairs what a kill left half-written; on PostgreSQL (`npm run
 * test:postgres`) every save is one transaction and no repair runs (src/db/adapter.ts
 * savesAreAtomic), so the same test proves that nothing is ever half-written there.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { recordFigure, scale } from './report'
import { dropDatabase, newDatabaseUri, onPostgres } from '../helpers/testDatabase'

const root = process.cwd()
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediglot-crash-'))
const section = 'Killed imports (SIGKILL)'

const envFor = (database: string) => ({
  ...process.env,
  DATABASE_URI: database,
  PAYLOAD_SECRET: 'crash-battery-secret',
  MEDIA_DIR: path.join(dir, 'media'),
  NODE_OPTIONS: '',
})

function runToEnd(script: string, database: string, args: string[] = []): string {
  const result = spawnSync('npx', ['tsx', '--conditions=production', script, ...args], {
    cwd: root,
    env: envFor(database),
    encoding: 'utf8',
    timeout: 300_000,
  })
  if (result.status !== 0) throw new Error(`${script} exited ${result.status ?? result.signal}:\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

const contentHash = (database: string) => {
  const line = runToEnd('scripts/content-hash.ts', database, ['--content-only']).trim().split('\n').pop() ?? ''
  const [hash, documents] = line.split(' ')
  return { hash, documents: Number(documents) }
}

/** A migrated, empty database, copied for every run (SQLite: the -wal file holds part of it; PostgreSQL: CREATE DATABASE … TEMPLATE). */
async function copyDatabase(from: string, to: string) {
  if (onPostgres) {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL })
    await client.connect()
    try {
      await client.query(`CREATE DATABASE "${new URL(to).pathname.slice(1)}" TEMPLATE "${new URL(from).pathname.slice(1)}"`)
    } finally {
      await client.end()
    }
    return
  }
  for (const suffix of ['', '-wal']) {
    const [source, target] = [from.replace(/^file:/, ''), to.replace(/^file:/, '')]
    if (fs.existsSync(source + suffix)) fs.copyFileSync(source + suffix, target + suffix)
  }
}

/** Starts the seed and kills it once `afterDocuments` documents are done plus `pauseMs`. */
function seedAndKill(database: string, afterDocuments: number, pauseMs: number): Promise<{ finished: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'src/seed/run.ts'], {
      cwd: root,
      env: envFor(database),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let finished = 0
    let armed = false
    const arm = () => {
      if (armed) return
      armed = true
      setTimeout(() => child.kill('SIGKILL'), pauseMs)
    }
    if (afterDocuments === 0) arm()
    child.stdout.on('data', (chunk: Buffer) => {
      finished += chunk.toString().split('\n').filter((line) => /^\s+(created|updated|unchanged|kept) /.test(line)).length
      if (finished >= afterDocuments) arm()
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve({ finished, killed: signal === 'SIGKILL' || code === null }))
  })
}

let template = ''
let clean = { hash: '', documents: 0 }
let documentsInSeed = 0

const databases: string[] = []
const newDatabase = (name: string) => {
  const uri = newDatabaseUri(dir, name)
  databases.push(uri)
  return uri
}

beforeAll(async () => {
  template = newDatabase('template')
  runToEnd('scripts/payload-tasks.ts', template, ['migrate'])
  const reference = newDatabase('clean')
  await copyDatabase(template, reference)
  const output = runToEnd('src/seed/run.ts', reference)
  documentsInSeed = output.split('\n').filter((line) => /^\s+created /.test(line)).length
  clean = contentHash(reference)
  expect(clean.documents).toBeGreaterThan(0)
}, 600_000)

afterAll(async () => {
  for (const uri of databases) await dropDatabase(uri)
  fs.rmSync(dir, { recursive: true, force: true })
})

test('an import killed at random points and run again ends with the same content as a clean run', async () => {
  const kills = scale(1, 20)
  // A fixed sequence of kill points, spread over the whole import, printed for replay.
  let seed = 20261125
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
  const outcomes: string[] = []
  let killedMidway = 0

  for (let run = 1; run <= kills; run++) {
    const database = newDatabase(`killed-${run}`)
    await copyDatabase(template, database)
    const afterDocuments = Math.floor(random() * documentsInSeed)
    const pauseMs = Math.floor(random() * 1_500)
    const { finished, killed } = await seedAndKill(database, afterDocuments, pauseMs)
    if (killed) killedMidway++

    runToEnd('src/seed/run.ts', database)
    const after = contentHash(database)
    outcomes.push(`#${run}: killed after ${finished}/${documentsInSeed} documents + ${pauseMs} ms`)
    expect({ run, afterDocuments, pauseMs, ...after }).toEqual({ run, afterDocuments, pauseMs, ...clean })
    if (onPostgres) await dropDatabase(database)
    const file = database.replace(/^file:/, '')
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true })
  }

  recordFigure(section, 'database', onPostgres ? 'PostgreSQL (transactions, no repair)' : 'SQLite (the seed repairs half-written saves)')
  recordFigure(section, 'runs killed / re-runs with the clean hash', `${killedMidway} / ${kills}`)
  recordFigure(section, 'documents in the import', documentsInSeed)
  recordFigure(section, 'clean content hash', `${clean.hash.slice(0, 16)}… (${clean.documents} documents)`)
  recordFigure(section, 'kill points (documents done + pause)', outcomes.map((o) => o.replace(/^#\d+: killed after /, '')).join(', '))
}, 3_600_000)
