/**
 * A PostgreSQL server for the suite and for generating migrations: TEST_POSTGRES_URL when set,
 * otherwise a private throw-away cluster (Debian's `postgresql` package, installed with apt-get
 * when running as root) in a temporary directory, on its own free port, stopped by `stop()`.
 *
 *   node scripts/postgres-cluster.mjs            starts one and prints its URL; Ctrl-C stops it
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

/** Debian's binaries (newest version installed), or the ones on PATH. */
function findBinDir() {
  if (process.env.POSTGRES_BIN_DIR) return process.env.POSTGRES_BIN_DIR
  const base = '/usr/lib/postgresql'
  if (fs.existsSync(base)) {
    const versions = fs
      .readdirSync(base)
      .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a))
    if (versions.length) return path.join(base, versions[0], 'bin')
  }
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim()
  return onPath ? path.dirname(onPath) : null
}

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
}

/** Finds or installs the server binaries; exits with a message saying how when it cannot. */
export function ensurePostgresBinaries() {
  let bin = findBinDir()
  if (bin) return bin
  if (isRoot && hasAptGet()) {
    console.log('▶ Installing PostgreSQL (apt-get install postgresql)')
    const result = spawnSync(
      'sh',
      ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 postgresql >/dev/null'],
      { stdio: 'inherit' },
    )
    bin = result.status === 0 ? findBinDir() : null
    if (bin) return bin
  }
  console.error(
    'These tests need a PostgreSQL server. Either point TEST_POSTGRES_URL at one whose user may\n' +
      'create databases, e.g.\n' +
      '  TEST_POSTGRES_URL=postgres://postgres:secret@127.0.0.1:5432/postgres npm run test:postgres\n' +
      "or install Debian's server binaries (as root: apt-get install -y postgresql) so that a\n" +
      'private cluster can be started in a temporary directory.',
  )
  process.exit(1)
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/**
 * Runs a server binary; as root, as the `postgres` system user (initdb and postgres refuse to
 * run as root).
 */
function runAs(bin, args, options = {}) {
  const command = isRoot ? 'runuser' : bin
  const argv = isRoot ? ['-u', 'postgres', '--', bin, ...args] : args
  return execFileSync(command, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options })
}

/**
 * TEST_POSTGRES_URL, or a private cluster. Returns the server's URL (user `postgres`, database
 * `postgres`, no password: trust on 127.0.0.1 only) and `stop`, `pause` and `resume` (stop and
 * start the same cluster again, for the outage tests).
 */
export async function startPostgres({ quiet = false } = {}) {
  if (process.env.TEST_POSTGRES_URL) {
    return { url: process.env.TEST_POSTGRES_URL, private: false, stop: async () => {}, pause: null, resume: null }
  }
  const bin = ensurePostgresBinaries()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediglot-pg-'))
  const dataDir = path.join(dir, 'data')
  const socketDir = path.join(dir, 'socket')
  fs.mkdirSync(socketDir)
  if (isRoot) {
    // The postgres user must be able to reach and own its directories.
    fs.chmodSync(dir, 0o755)
    execFileSync('chown', ['-R', 'postgres:postgres', dir])
  }
  runAs(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'])
  const port = await freePort()
  // In postgresql.conf rather than on the command line, so that a plain `pg_ctl start` (the
  // outage battery's restart, from another process) starts the same server again.
  fs.appendFileSync(
    path.join(dataDir, 'postgresql.conf'),
    [
      `port = ${port}`,
      `unix_socket_directories = '${socketDir}'`,
      "listen_addresses = '127.0.0.1'",
      // Throw-away data: no waiting for the disk (the crash battery kills clients, not the server).
      'fsync = off',
      'synchronous_commit = off',
      'full_page_writes = off',
      'max_connections = 300',
      'shared_buffers = 64MB',
      '',
    ].join('\n'),
  )
  const logFile = path.join(dir, 'server.log')
  const ctl = path.join(bin, 'pg_ctl')
  const start = () => runAs(ctl, ['-D', dataDir, '-l', logFile, '-w', '-t', '60', 'start'])
  const stopServer = (mode = 'fast') => {
    try {
      runAs(ctl, ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop'])
    } catch {
      // already stopped
    }
  }
  start()
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`
  if (!quiet) console.log(`PostgreSQL ${path.basename(path.dirname(bin))} private cluster on port ${port} (${dir})`)
  let stopped = false
  const cleanup = () => {
    if (stopped) return
    stopped = true
    stopServer('immediate')
    fs.rmSync(dir, { recursive: true, force: true })
  }
  process.once('exit', cleanup)
  return {
    url,
    port,
    private: true,
    dir,
    stop: async () => cleanup(),
    /** Stops the server (connections are cut), keeping its data. */
    pause: async () => stopServer('immediate'),
    resume: async () => start(),
  }
}

/**
 * Stops (`pause`) or starts (`resume`) the private cluster in `dir` made by startPostgres from
 * another process: the outage battery cuts the database under the server this way.
 */
export function controlPrivateCluster(dir, action) {
  const bin = ensurePostgresBinaries()
  const ctl = path.join(bin, 'pg_ctl')
  const dataDir = path.join(dir, 'data')
  if (action === 'pause') return runAs(ctl, ['-D', dataDir, '-m', 'immediate', '-w', '-t', '60', 'stop'])
  return runAs(ctl, ['-D', dataDir, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start'])
}

/** A URL for database `name` on the same server as `serverUrl`. */
export function databaseUrl(serverUrl, name) {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startPostgres()
  console.log(server.url)
  const stop = async () => {
    await server.stop()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  setInterval(() => {}, 1 << 30)
}
