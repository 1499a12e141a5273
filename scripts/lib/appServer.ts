import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { dropDatabase, newDatabaseUri } from '../../tests/helpers/testDatabase'

export interface AppServer {
  baseURL: string
  databaseURI: string
  /** The server process, e.g. to sample its memory. */
  pid: number
  /** Runs a project script (tsx) against this server's database. */
  runScript: (script: string, args?: string[]) => string
  stop: () => Promise<void>
  logs: () => string
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/**
 * The production build served by src/server.ts on a free port, on its own throw-away SQLite
 * database, migrated and (by default) seeded the way `npm run demo` does it.
 */
export async function startAppServer(
  options: { seed?: boolean; /** Extra environment for the server and its scripts. */ env?: Record<string, string> } = {},
): Promise<AppServer> {
  const root = process.cwd()
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run the suite with `npm test`, which builds first.')
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediglot-e2e-'))
  const databaseURI = newDatabaseUri(dir, 'e2e')
  const env = {
    ...process.env,
    DATABASE_URI: databaseURI,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'e2e-secret',
    NODE_OPTIONS: '',
    // Every test client is 127.0.0.1: the anonymous limit is lifted unless a test sets its own.
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    ...options.env,
  }
  const runScript = (script: string, args: string[] = []) => {
    const result = spawnSync('npx', ['tsx', '--conditions=production', script, ...args], { cwd: root, env, encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`)
    return result.stdout
  }
  runScript('scripts/payload-tasks.ts', ['migrate'])
  if (options.seed !== false) runScript('src/seed/run.ts')

  const port = await freePort()
  let output = ''
  const child: ChildProcess = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const baseURL = `http://127.0.0.1:${port}`

  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Server exited early:\n${output}`)
    try {
      const res = await fetch(`${baseURL}/en`)
      if (res.status === 200) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Server did not answer within 60 s:\n${output}`)
    await new Promise((r) => setTimeout(r, 250))
  }

  return {
    baseURL,
    databaseURI,
    pid: child.pid ?? 0,
    runScript,
    logs: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))])
        if (child.exitCode === null) child.kill('SIGKILL')
      }
      fs.rmSync(dir, { recursive: true, force: true })
      await dropDatabase(databaseURI)
    },
  }
}
