import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { seedDemoContent } from '@/seed/seedContent'

import { startTestPayload, type TestPayload } from '../helpers/payload'
import { dropDatabase, newDatabaseUri, onPostgres } from '../helpers/testDatabase'

let t: TestPayload
const extension = onPostgres ? 'pgdump' : 'db'

beforeAll(async () => {
  t = await startTestPayload()
  await seedDemoContent(t.payload, { log: () => undefined })
})
afterAll(async () => {
  await t.destroy()
})

function attempt(script: string, databaseURI: string, args: string[] = []) {
  return spawnSync('npx', ['tsx', '--conditions=production', script, ...args], {
    env: { ...process.env, DATABASE_URI: databaseURI, NODE_OPTIONS: '', LOG_LEVEL: 'error' },
    encoding: 'utf8',
  })
}

function run(script: string, databaseURI: string, args: string[] = []) {
  const result = attempt(script, databaseURI, args)
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stdout}\n${result.stderr}`)
  return result.stdout.trim()
}

describe('backup and restore', () => {
  // Under write load from the production server: tests/battery/backup.battery.test.ts.
  it(`restores a backup to the same content (${onPostgres ? 'pg_dump and pg_restore' : 'SQLite online copy'})`, async () => {
    const backup = path.join(t.dir, `backup.${extension}`)
    run('scripts/backup.ts', t.databaseURI, [backup])
    expect(fs.statSync(backup).size).toBeGreaterThan(0)

    const restored = newDatabaseUri(t.dir, 'restored')
    try {
      run('scripts/restore.ts', restored, [backup])
      const [hashOfOriginal, documents] = run('scripts/content-hash.ts', t.databaseURI).split(' ')
      const [hashOfRestore] = run('scripts/content-hash.ts', restored).split(' ')
      expect(Number(documents)).toBeGreaterThan(30)
      expect(hashOfRestore).toBe(hashOfOriginal)
    } finally {
      await dropDatabase(restored)
    }
  }, 180_000)

  it('refuses to restore something that is not a backup of this kind of database, changing nothing', () => {
    const bogus = path.join(t.dir, `not-a-backup.${extension}`)
    fs.writeFileSync(bogus, 'hello')
    if (onPostgres) {
      const before = run('scripts/content-hash.ts', t.databaseURI)
      const result = attempt('scripts/restore.ts', t.databaseURI, [bogus])
      expect(result.status).toBe(1)
      expect(result.stderr).toMatch(/is not a PostgreSQL backup/)
      expect(run('scripts/content-hash.ts', t.databaseURI)).toBe(before)
      return
    }
    const target = path.join(t.dir, 'untouched.db')
    fs.writeFileSync(target, 'existing')
    const result = attempt('scripts/restore.ts', `file:${target}`, [bogus])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/is not an SQLite database/)
    expect(fs.readFileSync(target, 'utf8')).toBe('existing')
  }, 120_000)
})
