import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { seedDemoContent } from '@/seed/seedContent'

import { startTestPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
  await seedDemoContent(t.payload, { log: () => undefined })
})
afterAll(async () => {
  await t.destroy()
})

function run(script: string, databaseFile: string, args: string[] = []) {
  const result = spawnSync('npx', ['tsx', '--conditions=production', script, ...args], {
    env: { ...process.env, DATABASE_URI: `file:${databaseFile}`, NODE_OPTIONS: '', LOG_LEVEL: 'error' },
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stdout}\n${result.stderr}`)
  return result.stdout.trim()
}

describe('backup and restore', () => {
  // Under write load from the production server: tests/battery/backup.battery.test.ts.
  it('restores a backup to the same content', async () => {
    const dir = path.dirname(t.databaseFile)
    const backup = path.join(dir, 'backup.db')
    run('scripts/backup.ts', t.databaseFile, [backup])

    const restored = path.join(dir, 'restored.db')
    run('scripts/restore.ts', restored, [backup])
    expect(fs.existsSync(restored)).toBe(true)
    const [hashOfBackup, documents] = run('scripts/content-hash.ts', backup).split(' ')
    const [hashOfRestore] = run('scripts/content-hash.ts', restored).split(' ')
    expect(Number(documents)).toBeGreaterThan(30)
    expect(hashOfRestore).toBe(hashOfBackup)
  }, 120_000)

  it('refuses to restore something that is not an SQLite database, changing nothing', () => {
    const dir = path.dirname(t.databaseFile)
    const bogus = path.join(dir, 'not-a-db.db')
    fs.writeFileSync(bogus, 'hello')
    const target = path.join(dir, 'untouched.db')
    fs.writeFileSync(target, 'existing')
    const result = spawnSync('npx', ['tsx', '--conditions=production', 'scripts/restore.ts', bogus], {
      env: { ...process.env, DATABASE_URI: `file:${target}`, NODE_OPTIONS: '' },
      encoding: 'utf8',
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/not an SQLite database/)
    expect(fs.readFileSync(target, 'utf8')).toBe('existing')
  })
})
