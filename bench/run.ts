/**
 * `npm run bench`: the benchmark suite of issue 6. Generates (or reuses) a 10,000-document data
 * set in its own SQLite file, builds, starts the production server and measures, side by side on
 * loopback with autocannon: the public page from the response cache and through plain
 * `next start`, Payload's REST, the partner API, and the ceilings (bare Node, nginx) serving the
 * same bytes; then import throughput, cold start, `next build` time and peak memory, and memory
 * growth over a mixed soak. Prints one table and a summary; writes bench/results/latest.json.
 * Figures are printed, never asserted: bench/README.md explains the method.
 *
 *   npm run bench                     full run (10,000 documents, 10 s per row, 300 s soak)
 *   npm run bench -- --quick          short run (1,000 documents, 4 s per row, 30 s soak)
 *   npm run bench -- --soak 600 --seconds 15 --connections 10 --docs 10000 --regenerate
 *   npm run bench -- --no-build-timing   build only if needed, do not time a forced build
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { buildIfNeeded, sourceHash } from '../scripts/build-if-needed'

// ---------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2)
const flag = (name: string) => argv.includes(`--${name}`)
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`)
  const value = i >= 0 ? Number(argv[i + 1]) : Number.NaN
  return Number.isFinite(value) ? value : fallback
}
const quick = flag('quick')
const opts = {
  quick,
  docs: option('docs', quick ? 1000 : 10_000),
  seconds: option('seconds', quick ? 4 : 10),
  warmup: option('warmup', quick ? 1 : 3),
  connections: option('connections', 10),
  soak: option('soak', quick ? 30 : 300),
  editEvery: option('edit-every', 5),
  measureImportSeconds: option('import-seconds', quick ? 20 : 60),
  regenerate: flag('regenerate'),
  buildTiming: !flag('no-build-timing') && !quick,
}

const root = process.cwd()
const dataDir = path.join(root, 'bench', '.data')
const resultsDir = path.join(root, 'bench', 'results')
const dbFile = path.join(dataDir, `bench-${opts.docs}.db`)
const genFile = path.join(dataDir, `bench-${opts.docs}.json`)
const secret = 'bench-secret-not-for-production'
fs.mkdirSync(dataDir, { recursive: true })
fs.mkdirSync(resultsDir, { recursive: true })

const t0 = Date.now()
const stamp = () => `${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s`
const log = (line: string) => console.log(`[bench ${stamp()}] ${line}`)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const children = new Set<ChildProcess>()
function cleanup() {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
}
process.on('exit', cleanup)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanup()
    process.exit(130)
  })
}

// ---------------------------------------------------------------------------------------------
// Process helpers

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

function track(child: ChildProcess, name: string, keep = 200): { output: () => string } {
  children.add(child)
  const lines: string[] = []
  const collect = (d: Buffer) => {
    for (const line of d.toString().split('\n')) if (line.trim()) lines.push(line)
    if (lines.length > keep) lines.splice(0, lines.length - keep)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  child.once('exit', () => children.delete(child))
  return { output: () => `${name}:\n${lines.join('\n')}` }
}

async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  child.kill(signal)
  await Promise.race([exited, sleep(8000)])
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
}

/** RSS of a process and all its descendants, in bytes (from /proc). */
function treeRss(pid: number): number {
  const all = new Map<number, { ppid: number; rss: number }>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const status = fs.readFileSync(`/proc/${name}/status`, 'utf8')
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0)
      const rss = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024
      all.set(Number(name), { ppid, rss })
    } catch {
      // gone
    }
  }
  let total = 0
  const stack = [pid]
  while (stack.length) {
    const p = stack.pop() as number
    total += all.get(p)?.rss ?? 0
    for (const [child, info] of all) if (info.ppid === p) stack.push(child)
  }
  return total
}

function rss(pid: number): number {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024
  } catch {
    return 0
  }
}

function cpuTicks(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return Number(fields[11]) + Number(fields[12])
  } catch {
    return 0
  }
}

/** Waits until a process uses less than `maxShare` of a core for a whole second (background work done). */
async function settle(pid: number, label: string, maxShare = 0.1, limitMs = 180_000): Promise<number> {
  const started = Date.now()
  const hz = 100
  let before = cpuTicks(pid)
  for (;;) {
    await sleep(1000)
    const now = cpuTicks(pid)
    const share = (now - before) / hz
    before = now
    if (share < maxShare) break
    if (Date.now() - started > limitMs) {
      log(`${label}: still busy after ${limitMs / 1000} s (${(share * 100).toFixed(0)}% of a core), measuring anyway`)
      break
    }
  }
  const waited = (Date.now() - started) / 1000
  if (waited > 2.5) log(`${label}: waited ${waited.toFixed(0)} s for background work to finish`)
  return waited
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)

// ---------------------------------------------------------------------------------------------
// Measurement

interface Row {
  name: string
  url: string
  status: 'measured' | 'n/a'
  note?: string
  reqPerSec?: number
  p50?: number
  p95?: number
  p99?: number
  non2xx?: number
  errors?: number
  requests?: number
  bytesPerResponse?: number
  ceiling?: string
  vsCeiling?: number | null
  vsRest?: number | null
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

interface LoadOptions {
  url: string
  seconds: number
  connections?: number
  headers?: Record<string, string>
  /** Called per request: returns the path (and headers) of the next request. */
  next?: () => { path: string; headers?: Record<string, string> }
  overallRate?: number
  timeoutSeconds?: number
}

interface LoadResult {
  reqPerSec: number
  p50: number
  p95: number
  p99: number
  max: number
  requests: number
  non2xx: number
  errors: number
  timeouts: number
  status5xx: number
  bytesPerResponse: number
}

async function load(o: LoadOptions): Promise<LoadResult> {
  const times: number[] = []
  let fiveXX = 0
  const instance = autocannon({
    url: o.url,
    connections: o.connections ?? opts.connections,
    duration: o.seconds,
    headers: o.headers,
    overallRate: o.overallRate,
    timeout: o.timeoutSeconds ?? 10,
    requests: o.next
      ? [
          {
            setupRequest: (req) => {
              const n = o.next!()
              return { ...req, path: n.path, headers: { ...(req.headers as Record<string, string>), ...(o.headers ?? {}), ...(n.headers ?? {}) } }
            },
          },
        ]
      : undefined,
  } as autocannon.Options)
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    times.push(responseTime)
    if (statusCode >= 500) fiveXX++
  })
  // autocannon can wait on a stuck server past its duration: stop it after one request timeout more.
  const hardStop = setTimeout(() => instance.stop(), (o.seconds + (o.timeoutSeconds ?? 10) + 5) * 1000)
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    instance.on('done', resolve)
    instance.on('error', reject)
  })
  clearTimeout(hardStop)
  const sorted = Float64Array.from(times).sort()
  const total = result.requests.total || times.length
  return {
    reqPerSec: total / o.seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
    requests: total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    status5xx: fiveXX,
    bytesPerResponse: total ? result.throughput.total / total : 0,
  }
}

async function measure(name: string, o: LoadOptions & { note?: string }): Promise<Row> {
  log(`measuring ${name}: warm-up ${opts.warmup} s, then ${o.seconds} s with ${o.connections ?? opts.connections} connections`)
  if (opts.warmup > 0) await load({ ...o, seconds: opts.warmup })
  const r = await load(o)
  log(
    `  ${name}: ${r.reqPerSec.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms` +
      (r.non2xx || r.errors ? `, non-2xx ${r.non2xx}, errors ${r.errors}` : ''),
  )
  return { name, url: o.url, status: 'measured', note: o.note, ...r }
}

async function fetchOk(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Buffer; headers: Headers }> {
  const res = await fetch(url, { headers })
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), headers: res.headers }
}

// ---------------------------------------------------------------------------------------------
// Servers

const baseEnv = {
  ...process.env,
  NODE_ENV: 'production',
  PAYLOAD_SECRET: secret,
  DATABASE_URI: `file:${dbFile}`,
  MEDIA_DIR: path.join(dataDir, 'media'),
  LOG_LEVEL: 'warn',
  NODE_OPTIONS: '',
  HOST: '127.0.0.1',
} as NodeJS.ProcessEnv

interface Started {
  child: ChildProcess
  port: number
  base: string
  coldStartMs: number
  listenMs: number
  output: () => string
}

async function startServer(kind: 'mediglot' | 'next-start', probePath: string, extraEnv: Record<string, string> = {}, nodeArgs: string[] = []): Promise<Started> {
  const port = await freePort()
  const started = Date.now()
  const args =
    kind === 'mediglot'
      ? [...nodeArgs, '--conditions=production', '--import', 'tsx', 'src/server.ts']
      : [...nodeArgs, '--conditions=production', path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1']
  const child = spawn(process.execPath, args, { cwd: root, env: { ...baseEnv, PORT: String(port), ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] })
  const { output } = track(child, kind)
  const base = `http://127.0.0.1:${port}`
  const limitMs = 900_000
  // First: the port accepts connections (the process is up).
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${kind} exited early\n${output()}`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (open) break
    if (Date.now() - started > limitMs) throw new Error(`${kind} did not listen within ${limitMs / 1000} s\n${output()}`)
    await sleep(25)
  }
  const listenMs = Date.now() - started
  // Then: the first 200 of a real page (node:http, no client timeout: the answer may take minutes).
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${kind} exited early\n${output()}`)
    const status = await new Promise<number>((resolve) => {
      const req = http.get(base + probePath, (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      })
      req.on('error', () => resolve(0))
    })
    if (status === 200) break
    if (Date.now() - started > limitMs) throw new Error(`${kind} gave no 200 within ${limitMs / 1000} s\n${output()}`)
    await sleep(50)
  }
  return { child, port, base, coldStartMs: Date.now() - started, listenMs, output }
}

async function startNginx(dir: string): Promise<{ child: ChildProcess; base: string } | { error: string }> {
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p))
  if (!nginx) return { error: 'nginx not installed (apt-get install -y nginx)' }
  const port = await freePort()
  const conf = path.join(dir, 'nginx.conf')
  fs.writeFileSync(
    conf,
    `# One worker, like the single Node process it is compared with.
worker_processes 1;
daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  keepalive_timeout 65;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    location = /page { default_type "text/html; charset=utf-8"; alias ${dir}/page.html; }
    location = /detail { default_type "application/json; charset=utf-8"; alias ${dir}/detail.json; }
  }
}
`,
  )
  const child = spawn(nginx, ['-c', conf, '-p', dir], { stdio: ['ignore', 'pipe', 'pipe'] })
  const { output } = track(child, 'nginx')
  const base = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) return { error: `nginx exited: ${output()}` }
    try {
      const res = await fetch(`${base}/page`)
      await res.arrayBuffer()
      if (res.status === 200) return { child, base }
    } catch {
      // starting
    }
    await sleep(100)
  }
  return { error: `nginx did not answer: ${output()}` }
}

async function startCeilingNode(file: string, contentType: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [path.join(root, 'bench/ceiling-node.mjs'), file, contentType], { stdio: ['ignore', 'pipe', 'pipe'] })
  track(child, 'ceiling-node')
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (d: Buffer) => resolve(Number(d.toString().trim())))
    child.once('exit', () => reject(new Error('ceiling server exited')))
  })
  return { child, base: `http://127.0.0.1:${port}` }
}

// ---------------------------------------------------------------------------------------------
// Steps

function recipe(docs: number): string {
  // Same as recipe() in bench/generate.ts: a data file is reused only if built by this generator.
  const hash = crypto.createHash('sha256').update(String(docs))
  hash.update(fs.readFileSync(path.join(root, 'bench/generate.ts')))
  for (const name of fs.readdirSync(path.join(root, 'migrations/sqlite')).sort()) hash.update(name)
  return hash.digest('hex').slice(0, 16)
}

interface Generated {
  recipe: string
  generatedAt: string
  documents: number
  collections: Record<string, number>
  fates: Record<string, number>
  import: { docs: number; seconds: number; docsPerSecond: number; mode: string }
  copied: { docs: number; seconds: number; mode: string } | null
  recorder: { firstSeconds: number; firstChanges: number; repeatSeconds: number } | null
  dbBytes: number
  samples: { zhCause: string; zhCauses: string[]; enCause: string; editable: string[] }
  partnerKeys: string[]
  totalSeconds: number
}

async function generate(): Promise<Generated & { reused: boolean }> {
  const wanted = recipe(opts.docs)
  if (!opts.regenerate && fs.existsSync(genFile) && fs.existsSync(dbFile)) {
    const previous = JSON.parse(fs.readFileSync(genFile, 'utf8')) as Generated
    if (previous.recipe === wanted) {
      log(`reusing the data set generated at ${previous.generatedAt} (${previous.documents} documents, ${dbFile}); --regenerate to rebuild it`)
      // The soak edits documents: restore the pristine copy so every run starts from the same data.
      if (fs.existsSync(`${dbFile}.pristine`)) restoreDatabase(`${dbFile}.pristine`, dbFile)
      return { ...previous, reused: true }
    }
  }
  log(`generating ${opts.docs} documents into ${path.relative(root, dbFile)} through the Local API (progress below)`)
  const child = spawn(
    process.execPath,
    [
      '--conditions=production',
      '--import',
      'tsx',
      'bench/generate.ts',
      '--db',
      dbFile,
      '--docs',
      String(opts.docs),
      '--measure-seconds',
      String(opts.measureImportSeconds),
      '--out',
      genFile,
    ],
    { cwd: root, env: { ...process.env, DATABASE_URI: `file:${dbFile}`, PAYLOAD_SECRET: secret, LOG_LEVEL: 'warn', NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const { output } = track(child, 'generate')
  child.stdout?.on('data', (d: Buffer) => {
    for (const line of d.toString().split('\n')) if (line.startsWith('[generate]')) log(line.slice(11))
  })
  const code = await new Promise<number | null>((r) => child.once('exit', r))
  if (code !== 0) throw new Error(`generate.ts failed (${code})\n${output()}`)
  restoreDatabase(dbFile, `${dbFile}.pristine`)
  return { ...(JSON.parse(fs.readFileSync(genFile, 'utf8')) as Generated), reused: false }
}

/**
 * Copies a SQLite database with its write-ahead log, and removes the target's own log and
 * shared-memory index first: SQLite would otherwise replay the last run's log onto the restored
 * file, which corrupts it (seen: "2nd reference to page" in the second run after a generation).
 */
function restoreDatabase(from: string, to: string) {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(to + suffix, { force: true })
  fs.copyFileSync(from, to)
  if (fs.existsSync(`${from}-wal`)) fs.copyFileSync(`${from}-wal`, `${to}-wal`)
}

interface BuildFigures {
  ran: boolean
  seconds: number | null
  peakTreeRssMB: number | null
  note: string
}

async function build(): Promise<BuildFigures> {
  if (!opts.buildTiming) {
    const started = Date.now()
    const ran = buildIfNeeded(root, (line) => log(line))
    return ran
      ? { ran, seconds: (Date.now() - started) / 1000, peakTreeRssMB: null, note: 'build-if-needed ran a build (peak memory not sampled)' }
      : { ran, seconds: null, peakTreeRssMB: null, note: 'build was current; not timed (--quick or --no-build-timing)' }
  }
  log('timing a forced `next build` (keeps .next/cache; RSS of the whole process tree sampled every 250 ms)')
  const started = Date.now()
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const { output } = track(child, 'next build', 60)
  let peak = 0
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid))
  }, 250)
  const progress = setInterval(() => log(`  next build running, ${((Date.now() - started) / 1000).toFixed(0)} s, tree RSS peak so far ${mb(peak)} MB`), 30_000)
  const code = await new Promise<number | null>((r) => child.once('exit', r))
  clearInterval(sampler)
  clearInterval(progress)
  if (code !== 0) throw new Error(`next build failed (${code})\n${output()}`)
  // The build is current now: let build-if-needed (npm run demo, npm test) know.
  fs.writeFileSync(path.join(root, '.next', 'mediglot-source-hash'), sourceHash(root))
  const seconds = (Date.now() - started) / 1000
  log(`next build: ${seconds.toFixed(1)} s, peak RSS of the process tree ${mb(peak)} MB`)
  return { ran: true, seconds, peakTreeRssMB: mb(peak), note: 'forced next build, .next/cache kept' }
}

async function sqlReadsPer(server: Started, countsFile: string, urls: string[], headers: Record<string, string> = {}) {
  const snapshot = async () => {
    server.child.kill('SIGUSR2')
    for (let i = 0; i < 40; i++) {
      await sleep(25)
      try {
        const value = JSON.parse(fs.readFileSync(countsFile, 'utf8'))
        fs.rmSync(countsFile)
        return value as { statements: number; selects: number; writes: number; rows: number; error?: string }
      } catch {
        // not written yet
      }
    }
    throw new Error('no SQL counts')
  }
  await settle(server.child.pid as number, 'sql counting', 0.05, 60_000)
  const before = await snapshot()
  if (before.error) return { error: before.error }
  let ok = 0
  for (const url of urls) {
    const res = await fetchOk(server.base + url, headers)
    if (res.status === 200) ok++
  }
  const after = await snapshot()
  const n = urls.length
  return {
    requests: n,
    ok,
    statementsPerRequest: (after.statements - before.statements) / n,
    selectsPerRequest: (after.selects - before.selects) / n,
    writesPerRequest: (after.writes - before.writes) / n,
    rowsPerRequest: (after.rows - before.rows) / n,
  }
}

// ---------------------------------------------------------------------------------------------
// Main

const machine = {
  nproc: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memory: spawnSync('free', ['-h'], { encoding: 'utf8' }).stdout.trim(),
  totalMemGB: +(os.totalmem() / 1024 ** 3).toFixed(1),
  node: process.version,
  loadAverageAtStart: os.loadavg().map((l) => +l.toFixed(2)),
}
log(`machine: ${machine.nproc} cores (${machine.cpu}), ${machine.totalMemGB} GB, Node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`)
log(`options: ${JSON.stringify(opts)}`)

const gen = await generate()
const buildFigures = await build()

const zhSlug = gen.samples.zhCause
const pagePath = `/zh/causes/${zhSlug}`
log(`public page under test: ${pagePath}`)

// 2. Cold start of the production server.
log('starting the production server (src/server.ts) and timing the first 200')
const server = await startServer('mediglot', pagePath)
const serverPid = server.child.pid as number
log(`cold start: listening after ${server.listenMs} ms, first 200 of ${pagePath} after ${server.coldStartMs} ms (RSS ${mb(rss(serverPid))} MB)`)
const startupSettleSeconds = await settle(serverPid, 'server start-up (partner change recorder sweep)', 0.1, 900_000)

const pageRes = await fetchOk(server.base + pagePath)
const pageHit = await fetchOk(server.base + pagePath)
log(`page: ${pageRes.body.length} bytes, second request x-mediglot-cache=${pageHit.headers.get('x-mediglot-cache')}`)

const partnerKeys = gen.partnerKeys
let keyTurn = 0
const nextKey = () => partnerKeys[keyTurn++ % partnerKeys.length]
const detailPath = `/api/v1/causes/${zhSlug}?locale=zh`
const listPath = '/api/v1/causes?locale=zh&limit=20'
const changesPath = '/api/v1/changes?limit=100'
let detailBody: Buffer | null = null
const detail = await fetchOk(server.base + detailPath, { authorization: `Bearer ${partnerKeys[0]}` })
if (detail.status === 200) detailBody = detail.body
else log(`partner detail answered ${detail.status}: ${detail.body.toString().slice(0, 200)}`)

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediglot-bench-'))
fs.writeFileSync(path.join(workDir, 'page.html'), pageRes.body)
if (detailBody) fs.writeFileSync(path.join(workDir, 'detail.json'), detailBody)
else fs.writeFileSync(path.join(workDir, 'detail.json'), '{}')

const rows: Row[] = []
let feedMiss: { samples: number[]; medianMs: number } | null = null
const na = (name: string, note: string): Row => ({ name, url: '', status: 'n/a', note })

// 3. Side by side.
const s = opts.seconds
rows.push(await measure('public page, response cache hit', { url: server.base + pagePath, seconds: s }))

const restPath = `/api/causes?where[slug][equals]=${zhSlug}&locale=zh&depth=1`
rows.push(await measure('Payload REST, same document (depth=1)', { url: server.base + restPath, seconds: s, note: 'no cache: every request reads the database' }))

if (detailBody) {
  const auth = () => ({ path: detailPath, headers: { authorization: `Bearer ${nextKey()}` } })
  rows.push(await measure('partner API detail (repeated)', { url: server.base + detailPath, seconds: s, next: auth }))
  rows.push(
    await measure('partner API list page (repeated)', {
      url: server.base + listPath,
      seconds: s,
      next: () => ({ path: listPath, headers: { authorization: `Bearer ${nextKey()}` } }),
    }),
  )
  let n = 0
  rows.push(
    await measure('partner API list page, uncached (distinct URLs)', {
      url: server.base + listPath,
      seconds: s,
      note: 'each request a cache miss: updatedSince varied by 1 ms, same 20 documents',
      next: () => {
        n++
        const t = new Date(Date.UTC(2001, 0, 1) + n).toISOString()
        return { path: `${listPath}&updatedSince=${t}`, headers: { authorization: `Bearer ${nextKey()}` } }
      },
    }),
  )
  // The first change-feed request runs a change-recorder sweep before it answers (then it is
  // cached): timed once with node:http and no client timeout, since it takes minutes at 10,000.
  log('timing the first (uncached) change-feed request: it runs a change-recorder sweep first')
  const started = Date.now()
  const status = await new Promise<number>((resolve) => {
    const req = http.get(server.base + changesPath, { headers: { authorization: `Bearer ${partnerKeys[0]}` } }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', () => resolve(0))
  })
  const ms = Date.now() - started
  feedMiss = { samples: [ms], medianMs: ms }
  log(`change feed, uncached: ${ms} ms (status ${status})`)
  await settle(serverPid, 'after the change-feed sweep', 0.1, 900_000)
  rows.push(
    await measure('partner API change feed (repeated)', {
      url: server.base + changesPath,
      seconds: s,
      next: () => ({ path: changesPath, headers: { authorization: `Bearer ${nextKey()}` } }),
    }),
  )
} else {
  for (const name of ['partner API detail (repeated)', 'partner API list page (repeated)', 'partner API list page, uncached (distinct URLs)', 'partner API change feed (repeated)']) {
    rows.push(na(name, 'partner detail did not answer 200'))
  }
}

// Ceilings: the same bytes from a bare Node server and from nginx, in their own processes.
const nodePage = await startCeilingNode(path.join(workDir, 'page.html'), 'text/html; charset=utf-8')
rows.push(await measure('ceiling: bare Node http, page bytes', { url: `${nodePage.base}/`, seconds: s }))
await stop(nodePage.child)
if (detailBody) {
  const nodeDetail = await startCeilingNode(path.join(workDir, 'detail.json'), 'application/json; charset=utf-8')
  rows.push(await measure('ceiling: bare Node http, partner detail bytes', { url: `${nodeDetail.base}/`, seconds: s }))
  await stop(nodeDetail.child)
}
const nginx = await startNginx(workDir)
if ('error' in nginx) {
  rows.push(na('ceiling: nginx, page bytes from a file', nginx.error))
} else {
  rows.push(await measure('ceiling: nginx (1 worker), page bytes from a file', { url: `${nginx.base}/page`, seconds: s }))
  if (detailBody) rows.push(await measure('ceiling: nginx (1 worker), partner detail bytes', { url: `${nginx.base}/detail`, seconds: s }))
  await stop(nginx.child, 'SIGQUIT')
}

// Plain `next start` (no response cache), with the SQL counter loaded to count reads per miss.
log('starting plain `next start` on the same database (no response cache in front of Next)')
const countsFile = path.join(workDir, 'sql-counts.json')
const nextStart = await startServer('next-start', pagePath, { BENCH_SQL_COUNTS: countsFile }, ['--require', path.join(root, 'bench/sql-counter.cjs')])
log(`next start: first 200 after ${nextStart.coldStartMs} ms`)
await settle(nextStart.child.pid as number, 'next start start-up')
rows.push(await measure('same page through plain `next start`', { url: nextStart.base + pagePath, seconds: s, note: 'every request renders: no response cache' }))
const samplePages = gen.samples.zhCauses.slice(0, 20).map((slug) => `/zh/causes/${slug}`)
const readsPerPage = await sqlReadsPer(nextStart, countsFile, samplePages)
const readsPerRest = await sqlReadsPer(nextStart, countsFile, gen.samples.zhCauses.slice(20, 40).map((slug) => `/api/causes?where[slug][equals]=${slug}&locale=zh&depth=1`))
const readsPerDetail =
  detailBody
    ? await sqlReadsPer(nextStart, countsFile, gen.samples.zhCauses.slice(40, 60).map((slug) => `/api/v1/causes/${slug}?locale=zh`), { authorization: `Bearer ${partnerKeys[1]}` })
    : null
log(`SQL per page miss: ${JSON.stringify(readsPerPage)}`)
log(`SQL per REST call: ${JSON.stringify(readsPerRest)}`)
if (readsPerDetail) log(`SQL per partner detail miss: ${JSON.stringify(readsPerDetail)}`)
await stop(nextStart.child)

// Ratios.
const byName = (name: string) => rows.find((r) => r.name === name && r.status === 'measured')
const rest = byName('Payload REST, same document (depth=1)')
const nodePageRow = byName('ceiling: bare Node http, page bytes')
const nodeDetailRow = byName('ceiling: bare Node http, partner detail bytes')
for (const row of rows) {
  if (row.status !== 'measured' || row.reqPerSec === undefined) continue
  const ceiling = row.name.includes('detail') || row.name.startsWith('partner') ? (nodeDetailRow ?? nodePageRow) : nodePageRow
  row.ceiling = ceiling?.name
  row.vsCeiling = ceiling?.reqPerSec ? row.reqPerSec / ceiling.reqPerSec : null
  row.vsRest = rest?.reqPerSec ? row.reqPerSec / rest.reqPerSec : null
}

/** Median RSS of the soak's last quarter over its first quarter (samples under load only), in %. */
function quarterGrowth(samples: Array<{ t: number; rssMB: number }>, seconds: number): number | null {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const first = samples.filter((x) => x.t > 0 && x.t <= seconds / 4).map((x) => x.rssMB)
  const last = samples.filter((x) => x.t > (3 * seconds) / 4).map((x) => x.rssMB)
  if (first.length === 0 || last.length === 0) return null
  return ((median(last) - median(first)) / median(first)) * 100
}

// 5. Soak: readers, partners and an editor, with RSS sampled.
log(`soak: ${opts.soak} s of readers (200 req/s over 400 pages), partners (50 req/s) and an editor publishing every ${opts.editEvery} s`)
await settle(serverPid, 'before soak', 0.1, 900_000)
const rssStart = rss(serverPid)
const rssSamples: Array<{ t: number; rssMB: number }> = [{ t: 0, rssMB: mb(rssStart) }]
const editor = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'bench/editor.ts', '--slugs', gen.samples.editable.join(','), '--every', String(opts.editEvery)], {
  cwd: root,
  env: { ...process.env, DATABASE_URI: `file:${dbFile}`, PAYLOAD_SECRET: secret, LOG_LEVEL: 'error', NODE_OPTIONS: '' },
  stdio: ['ignore', 'pipe', 'pipe'],
})
track(editor, 'editor', 2000) // stopped with the others at the end; its output is not printed
const publishes: Array<{ ms?: number; error?: string; attempts?: number }> = []
editor.stdout?.on('data', (d: Buffer) => {
  for (const line of d.toString().split('\n')) {
    try {
      const value = JSON.parse(line)
      if (value.publish) publishes.push(value)
    } catch {
      // not a JSON line
    }
  }
})
const soakStarted = Date.now()
const sampler = setInterval(() => {
  rssSamples.push({ t: Math.round((Date.now() - soakStarted) / 1000), rssMB: mb(rss(serverPid)) })
}, 5000)
const progress = setInterval(() => {
  const last = rssSamples.at(-1)
  log(`  soak ${Math.round((Date.now() - soakStarted) / 1000)}/${opts.soak} s, server RSS ${last?.rssMB} MB, publishes ${publishes.length}`)
}, 30_000)
// A reader's sample: is the page served from the cache (x-mediglot-cache: hit)?
let hitSamples = 0
let hitCount = 0
let sampling = true
const hitSampler = (async () => {
  let i = 0
  while (sampling) {
    const slug = gen.samples.zhCauses[(i++ * 7) % gen.samples.zhCauses.length]
    try {
      const res = await fetch(`${server.base}/${i % 2 ? 'zh' : 'en'}/causes/${slug}`, { signal: AbortSignal.timeout(30_000) })
      await res.arrayBuffer()
      hitSamples++
      if (res.headers.get('x-mediglot-cache') === 'hit') hitCount++
    } catch {
      // counted by the readers
    }
    await sleep(200)
  }
})()
const readerPaths = gen.samples.zhCauses.flatMap((slug) => [`/zh/causes/${slug}`, `/en/causes/${slug}`])
let r = 0
const readersP = load({ url: server.base + pagePath, seconds: opts.soak, connections: 8, overallRate: 200, timeoutSeconds: 30, next: () => ({ path: readerPaths[r++ % readerPaths.length] }) })
const partnerPaths = detailBody ? gen.samples.zhCauses.slice(0, 100).flatMap((slug) => [`/api/v1/causes/${slug}?locale=zh`, `/api/v1/causes/${slug}?locale=en`]).concat([listPath, changesPath]) : []
let q = 0
const partnersP = partnerPaths.length
  ? load({ url: server.base + detailPath, seconds: opts.soak, connections: 4, overallRate: 50, timeoutSeconds: 30, next: () => ({ path: partnerPaths[q++ % partnerPaths.length], headers: { authorization: `Bearer ${nextKey()}` } }) })
  : Promise.resolve(null)
const [readers, partners] = await Promise.all([readersP, partnersP])
sampling = false
await hitSampler
clearInterval(sampler)
clearInterval(progress)
await stop(editor)
const rssEnd = rss(serverPid)
rssSamples.push({ t: Math.round((Date.now() - soakStarted) / 1000), rssMB: mb(rssEnd) })
const rssPeak = Math.max(...rssSamples.map((x) => x.rssMB))
const publishErrors = publishes.filter((p) => p.error)
const soak = {
  seconds: opts.soak,
  readers,
  partners,
  publishes: publishes.length,
  publishErrors: publishErrors.length,
  publishErrorSample: publishErrors[0]?.error ?? null,
  publishRetries: publishes.reduce((sum, p) => sum + Math.max(0, (p.attempts ?? 1) - 2), 0),
  publishMedianMs: (() => {
    const ms = publishes.filter((p) => p.ms !== undefined).map((p) => p.ms as number).sort((a, b) => a - b)
    return ms.length ? ms[Math.floor(ms.length / 2)] : null
  })(),
  cacheHitRatioSampled: hitSamples ? hitCount / hitSamples : null,
  hitSamples,
  rssStartMB: mb(rssStart),
  rssEndMB: mb(rssEnd),
  rssPeakMB: rssPeak,
  /** From the idle server before the load to the end: includes filling the bounded caches. */
  growthFromIdlePercent: rssStart ? ((rssEnd - rssStart) / rssStart) * 100 : null,
  /** Median RSS of the last quarter against the first quarter, both under load: a leak shows here. */
  growthPercent: quarterGrowth(rssSamples, opts.soak),
  rssSamples,
}
log(`soak: RSS ${soak.rssStartMB} idle -> ${soak.rssEndMB} MB at the end (peak ${rssPeak} MB, ${soak.growthFromIdlePercent?.toFixed(1)}% from idle); under load, first to last quarter ${soak.growthPercent?.toFixed(1)}%; ${publishes.length} publishes (${publishErrors.length} failed), sampled cache hit ratio ${((soak.cacheHitRatioSampled ?? 0) * 100).toFixed(0)}%`)
if (publishErrors.length) log(`  editor error: ${publishErrors[0].error}`)
const serverTail = server.output().split('\n').slice(-15).join('\n')
await stop(server.child)
fs.rmSync(workDir, { recursive: true, force: true })

// ---------------------------------------------------------------------------------------------
// Report

const detailRow = byName('partner API detail (repeated)')
const pageRow = byName('public page, response cache hit')
const listUncached = byName('partner API list page, uncached (distinct URLs)')
const listCached = byName('partner API list page (repeated)')
type Verdict = { target: string; value: string; met: boolean | null }
const verdict = (target: string, value: number | null | undefined, ok: (v: number) => boolean, fmt: (v: number) => string): Verdict =>
  value === null || value === undefined || Number.isNaN(value) ? { target, value: 'n/a', met: null } : { target, value: fmt(value), met: ok(value) }
const x = (v: number) => `${v.toFixed(2)}x`
const targets: Verdict[] = [
  verdict('partner detail >= 0.5x bare Node', detailRow?.vsCeiling, (v) => v >= 0.5, x),
  verdict('partner detail >= 30x Payload REST', detailRow?.vsRest, (v) => v >= 30, x),
  verdict('public page >= 0.3x bare Node', pageRow?.vsCeiling, (v) => v >= 0.3, x),
  verdict(`list p95 <= 50 ms at ${gen.documents} docs, ${opts.connections} clients (uncached)`, listUncached?.p95, (v) => v <= 50, (v) => `${v.toFixed(1)} ms`),
  verdict(`list p95 <= 50 ms at ${gen.documents} docs, ${opts.connections} clients (repeated, cached)`, listCached?.p95, (v) => v <= 50, (v) => `${v.toFixed(1)} ms`),
  verdict('import >= 200 docs/s', gen.import.docsPerSecond, (v) => v >= 200, (v) => `${v.toFixed(1)} docs/s`),
  verdict(`memory growth <= 10% over the soak (${opts.soak} s, median RSS of the last quarter over the first, under load)`, soak.growthPercent, (v) => v <= 10, (v) => `${v.toFixed(1)}%`),
  verdict('cold start <= 3 s', server.coldStartMs / 1000, (v) => v <= 3, (v) => `${v.toFixed(2)} s`),
]

const results = {
  finishedAt: new Date().toISOString(),
  machine,
  options: opts,
  dataSet: {
    documents: gen.documents,
    collections: gen.collections,
    fates: gen.fates,
    dbMB: mb(gen.dbBytes),
    generatedAt: gen.generatedAt,
    reused: gen.reused,
    page: pagePath,
    pageBytes: pageRes.body.length,
    detailBytes: detailBody?.length ?? null,
  },
  import: gen.import,
  copiedAtSqlLevel: gen.copied,
  changeRecorder: gen.recorder,
  build: buildFigures,
  coldStart: { listeningMs: server.listenMs, firstOkMs: server.coldStartMs, page: pagePath, nextStartFirstOkMs: nextStart.coldStartMs, startupBackgroundSeconds: startupSettleSeconds },
  rows,
  changeFeedUncached: feedMiss,
  sqlPerRequest: { pageMiss: readsPerPage, restCall: readsPerRest, partnerDetailMiss: readsPerDetail },
  soak,
  targets,
  serverLogTail: serverTail,
  totalSeconds: (Date.now() - t0) / 1000,
}
fs.writeFileSync(path.join(resultsDir, 'latest.json'), JSON.stringify(results, null, 2))

const f = (v: number | undefined | null, d = 1) => (v === undefined || v === null || Number.isNaN(v) ? 'n/a' : v.toFixed(d))
const pad = (v: string, n: number) => (v.length >= n ? v : v + ' '.repeat(n - v.length))
const lpad = (v: string, n: number) => (v.length >= n ? v : ' '.repeat(n - v.length) + v)
console.log('')
console.log(`Mediglot benchmark, ${gen.documents} documents, ${opts.connections} connections, ${s} s per row after ${opts.warmup} s warm-up, loopback, ${machine.nproc} cores, Node ${machine.node}`)
console.log('')
console.log(`${pad('target', 52)} ${lpad('req/s', 8)} ${lpad('p50 ms', 8)} ${lpad('p95 ms', 8)} ${lpad('p99 ms', 8)} ${lpad('x Node', 7)} ${lpad('x REST', 8)}  non-2xx`)
console.log('-'.repeat(112))
for (const row of rows) {
  if (row.status === 'n/a') {
    console.log(`${pad(row.name, 52)} ${row.note}`)
    continue
  }
  console.log(
    `${pad(row.name, 52)} ${lpad(f(row.reqPerSec, 0), 8)} ${lpad(f(row.p50, 2), 8)} ${lpad(f(row.p95, 2), 8)} ${lpad(f(row.p99, 2), 8)} ${lpad(f(row.vsCeiling, 2), 7)} ${lpad(f(row.vsRest, 1), 8)}  ${(row.non2xx ?? 0) + (row.errors ?? 0)}`,
  )
}
console.log('')
console.log('x Node: ratio to the bare Node ceiling serving the same bytes (page bytes for pages, detail bytes for the partner API).')
console.log('')
console.log(`import (Local API, one document at a time): ${f(gen.import.docsPerSecond)} docs/s (${gen.import.docs} documents in ${f(gen.import.seconds)} s)${gen.reused ? `, measured when the data set was generated (${gen.generatedAt})` : ''}`)
if (gen.copied) console.log(`the other ${gen.copied.docs} documents were copied from those at the SQL level in ${f(gen.copied.seconds)} s (not an import figure)`)
if (gen.recorder) console.log(`partner change recorder at ${gen.documents} docs: first sweep ${f(gen.recorder.firstSeconds)} s (${gen.recorder.firstChanges} feed rows), sweep with nothing changed ${f(gen.recorder.repeatSeconds)} s`)
if (feedMiss) console.log(`change feed, uncached request (runs a sweep first): ${feedMiss.samples.join(', ')} ms`)
console.log(`cold start: listening after ${server.listenMs} ms, first 200 (${pagePath}) after ${server.coldStartMs} ms; plain next start: ${nextStart.coldStartMs} ms; background work after start: ${f(startupSettleSeconds, 0)} s`)
console.log(`next build: ${buildFigures.seconds === null ? buildFigures.note : `${f(buildFigures.seconds)} s, peak RSS ${buildFigures.peakTreeRssMB ?? 'n/a'} MB (${buildFigures.note})`}`)
console.log(`SQL statements per page miss: ${f(readsPerPage.statementsPerRequest as number)} (${f(readsPerPage.rowsPerRequest as number, 0)} rows); per REST call: ${f(readsPerRest.statementsPerRequest as number)}; per partner detail miss: ${readsPerDetail ? f(readsPerDetail.statementsPerRequest as number) : 'n/a'}`)
console.log(
  `soak ${opts.soak} s: server RSS ${soak.rssStartMB} MB idle -> ${soak.rssEndMB} MB at the end (peak ${soak.rssPeakMB} MB, ${f(soak.growthFromIdlePercent)}% from idle; first to last quarter under load ${f(soak.growthPercent)}%); readers ${f(readers.reqPerSec, 0)} req/s p99 ${f(readers.p99)} ms, 5xx ${readers.status5xx}, errors ${readers.errors + readers.timeouts}` +
    (partners ? `; partners ${f(partners.reqPerSec, 0)} req/s p99 ${f(partners.p99)} ms, 5xx ${partners.status5xx}` : '') +
    `; ${soak.publishes} publishes (${soak.publishErrors} failed, median ${soak.publishMedianMs ?? 'n/a'} ms); sampled cache hit ratio ${f((soak.cacheHitRatioSampled ?? 0) * 100, 0)}%`,
)
console.log('')
console.log('targets (goals, not assertions):')
for (const t of targets) console.log(`  ${t.met === null ? 'n/a    ' : t.met ? 'met    ' : 'NOT met'}  ${t.target}: ${t.value}`)
console.log('')
console.log(`results: ${path.relative(root, path.join(resultsDir, 'latest.json'))}; total ${f((Date.now() - t0) / 60000)} min`)
process.exit(0)
