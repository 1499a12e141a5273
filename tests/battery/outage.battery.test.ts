/**
 * A lost database while serving (PostgreSQL only: the embedded SQLite file cannot go away):
 * under light load, the private PostgreSQL cluster of `npm run test:postgres` is stopped and
 * started again. While it is down, every answer is a 200 (from the cache) or a 503 with
 * Retry-After, never a 500 and never a hang; once it is back the server answers again by
 * itself, without a restart.
 */
import { recordFigure } from './report'
import { startAppServer, type AppServer } from '../helpers/appServer'
import { itOnPostgres } from '../helpers/onAdapter'

const section = 'Lost database (PostgreSQL stopped and restarted under load)'
const clusterDir = process.env.MEDIGLOT_TEST_POSTGRES_DIR
let app: AppServer | undefined

beforeAll(async () => {
  if (clusterDir) app = await startAppServer()
}, 300_000)
afterAll(async () => {
  await app?.stop()
})

async function control(action: 'pause' | 'resume') {
  const { controlPrivateCluster } = await import('../../scripts/postgres-cluster.mjs')
  controlPrivateCluster(clusterDir, action)
}

itOnPostgres('on PostgreSQL, a stopped database server gives 503 with Retry-After, never a 500 or a hang, and the server recovers by itself', async () => {
  if (!app || !clusterDir) {
    console.warn('No private cluster (TEST_POSTGRES_URL was given): the outage test needs one it may stop.')
    return
  }
  const base = app.baseURL
  // Uncached answers that need the database each time: Payload's REST and a search.
  const paths = ['/api/causes?depth=0&limit=3', '/en/search?q=pain', '/api/v1/catalogue']
  const seen = new Map<number, number>()
  const bad: string[] = []
  let slowest = 0
  let running = true
  const load = (async () => {
    for (let i = 0; running; i++) {
      const url = `${base}${paths[i % paths.length]}${i % paths.length === 1 ? `&n=${i}` : ''}`
      const started = Date.now()
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(15_000) })
        await res.arrayBuffer()
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1)
        if (res.status === 503 && !res.headers.get('retry-after')) bad.push(`503 without Retry-After: ${url}`)
        if (res.status >= 500 && res.status !== 503) bad.push(`${res.status}: ${url}`)
      } catch (error) {
        bad.push(`no answer within 15 s: ${url} (${String(error)})`)
      }
      slowest = Math.max(slowest, Date.now() - started)
      await new Promise((r) => setTimeout(r, 50))
    }
  })()

  await new Promise((r) => setTimeout(r, 2_000))
  await control('pause')
  const downAt = Date.now()
  await new Promise((r) => setTimeout(r, 6_000))
  const during = new Map(seen)
  await control('resume')
  const upAt = Date.now()

  // Recovery: the server answers 200 again without a restart.
  let recoveredMs = -1
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    const res = await fetch(`${base}/api/causes?depth=0&limit=1&r=${Date.now()}`)
    await res.arrayBuffer()
    if (res.status === 200) {
      recoveredMs = Date.now() - upAt
      break
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  running = false
  await load

  expect(bad).toEqual([])
  expect(during.get(503) ?? 0).toBeGreaterThan(0)
  expect(recoveredMs).toBeGreaterThanOrEqual(0)
  recordFigure(section, 'answers by status', [...seen].map(([s, n]) => `${s}: ${n}`).join(', '))
  recordFigure(section, 'database down / back to 200 after restart', `${upAt - downAt} ms / ${recoveredMs} ms`)
  recordFigure(section, 'slowest answer', `${slowest} ms`)
}, 300_000)
