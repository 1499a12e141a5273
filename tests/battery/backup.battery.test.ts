/**
 * `npm run backup` and `npm run restore` while the production server is being written to:
 * editors keep saving several documents through the REST API while backups are taken from
 * another process. Each backup must restore to a database with exactly the same content
 * (`npm run content-hash`), and each backup must be one consistent moment: every document
 * it holds carries a value that an editor's save had been acknowledged for (or was about to be).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { recordFigure, scale } from './report'
import { startAppServer, type AppServer } from '../helpers/appServer'
import { registerFirstAdmin, restClient, type RestClient } from '../helpers/rest'
import { dropDatabase, newDatabaseUri, onPostgres } from '../helpers/testDatabase'

const section = 'Backup and restore under write load'
let app: AppServer
let rest: RestClient
let editor = ''
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediglot-backup-battery-'))

const extension = onPostgres ? 'pgdump' : 'db'
const restoredDatabases: string[] = []

/** Runs a project script on the database `databaseURI` without blocking this process (the writers go on). */
function script(file: string, databaseURI: string, args: string[] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', '--conditions=production', file, ...args], {
      env: { ...process.env, DATABASE_URI: databaseURI, PAYLOAD_SECRET: 'e2e-secret', NODE_OPTIONS: '', LOG_LEVEL: 'error' },
    })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`${file} exited ${code}: ${out}`))))
  })
}

beforeAll(async () => {
  app = await startAppServer()
  rest = restClient(app.baseURL)
  const password = 'a-long-password-9'
  const admin = await registerFirstAdmin(rest, 'backup-admin@example.org', password)
  await rest.ok('POST', '/api/users', admin, { email: 'backup-editor@example.org', password, name: 'Backup Editor', roles: ['editor'] })
  editor = await rest.login('backup-editor@example.org', password)
}, 180_000)

afterAll(async () => {
  await app?.stop()
  for (const uri of restoredDatabases) await dropDatabase(uri)
  fs.rmSync(dir, { recursive: true, force: true })
})

test('backups taken while editors write restore to the same content, each one consistent', async () => {
  const live = app.databaseURI
  const causes = ((await rest.ok('GET', '/api/causes?locale=en&depth=0&limit=4', editor)).docs as Array<{ id: number }>).map((c) => c.id)
  expect(causes.length).toBe(4)

  // Four editors, one document each, saving a counter into the summary as fast as answers come.
  let writing = true
  const acknowledged = new Map<number, number>(causes.map((id) => [id, -1]))
  let writes = 0
  const failures: string[] = []
  const writers = causes.map(async (id) => {
    for (let i = 0; writing; i++) {
      const answer = await rest.call('PATCH', `/api/causes/${id}?locale=en&draft=true`, { token: editor, body: { summary: `backup counter ${i}` } })
      if (answer.status !== 200) failures.push(`${id}#${i}: ${answer.status}`)
      else acknowledged.set(id, i)
      writes++
    }
  })

  const rounds = scale(1, 5)
  const figures: string[] = []
  try {
    for (let round = 1; round <= rounds; round++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      const backup = path.join(dir, `backup-${round}.${extension}`)
      const writesBefore = writes
      const seenBefore = new Map(acknowledged)
      const started = Date.now()
      await script('scripts/backup.ts', live, [backup])
      const tookMs = Date.now() - started
      const seenAfter = new Map(acknowledged)

      const restored = newDatabaseUri(dir, `restored-${round}`)
      restoredDatabases.push(restored)
      await script('scripts/restore.ts', restored, [backup])
      const [hashOfRestore, documents] = (await script('scripts/content-hash.ts', restored)).split('\n').pop()!.split(' ')
      expect(Number(documents)).toBeGreaterThan(30)
      if (!onPostgres) {
        // An SQLite backup is itself a database: its content and the restore's are the same.
        const [hashOfBackup] = (await script('scripts/content-hash.ts', `file:${backup}`)).split('\n').pop()!.split(' ')
        expect(hashOfRestore).toBe(hashOfBackup)
      }

      // One moment: each counter in the backup lies between what was acknowledged before the
      // backup started and one past what was acknowledged when it ended.
      const inBackup = await script('tests/battery/read-counters.ts', restored, causes.map(String))
      const counters = JSON.parse(inBackup.split('\n').pop()!) as Record<string, number>
      for (const id of causes) {
        expect(counters[id]).toBeGreaterThanOrEqual(seenBefore.get(id)!)
        expect(counters[id]).toBeLessThanOrEqual(seenAfter.get(id)! + 1)
      }
      figures.push(`${tookMs} ms with ${writes - writesBefore} writes during it`)
    }
  } finally {
    writing = false
    await Promise.all(writers)
  }
  expect(failures).toEqual([])

  // The round trip whole: once the writers have stopped, a backup restores to the live content.
  const last = path.join(dir, `backup-final.${extension}`)
  await script('scripts/backup.ts', live, [last])
  const restored = newDatabaseUri(dir, 'restored-final')
  restoredDatabases.push(restored)
  await script('scripts/restore.ts', restored, [last])
  const hashOf = async (uri: string) => (await script('scripts/content-hash.ts', uri)).split('\n').pop()!.split(' ')[0]
  expect(await hashOf(restored)).toBe(await hashOf(live))

  recordFigure(section, 'database', onPostgres ? 'PostgreSQL (pg_dump / pg_restore)' : 'SQLite (VACUUM INTO)')
  recordFigure(section, 'backups under load / restored with the same hash', `${rounds} / ${rounds}`)
  recordFigure(section, 'writes acknowledged meanwhile (failed)', `${writes} (${failures.length})`)
  recordFigure(section, 'each backup', figures.join('; '))
}, 900_000)
