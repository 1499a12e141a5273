/**
 * Property-based malformed-request battery against the built app (src/server.ts). fast-check
 * generates thousands of hostile requests for every door (partner API, Payload REST, GraphQL,
 * public site): broken cursors and where clauses, bad ids, limits, locales and methods,
 * malformed bodies and content types, garbage encodings, traversal, very long paths, bad keys,
 * tokens, cookies and conditional headers. The promises checked:
 *   - bad input gets a 4xx (or a normal answer), never a 5xx, never a dropped connection;
 *   - nothing unreviewed (canary markers planted by staff) reaches an anonymous caller or partner;
 *   - anonymous traffic changes nothing stored (content hash and document counts);
 *   - the server still serves /en afterwards.
 * Every offending request is listed with the seed; replay with FUZZ_SEED=<seed>.
 */
import http from 'node:http'
import zlib from 'node:zlib'

import fc from 'fast-check'

import { startAppServer, type AppServer } from '../helpers/appServer'
import { createStaff, plantCanaries, restClient, type Canaries, type RestClient, type StaffTokens } from '../helpers/canaries'

import { editorRequests, outsiderRequests, type Door, type FuzzContext, type FuzzRequest } from './malformedRequests'
import { recordFigure, scale } from './report'

const section = 'Malformed requests (fuzz)'
// Fixed seeds by default, so CI is repeatable (both were run clean); FUZZ_SEED=random explores,
// FUZZ_SEED=<n> replays a failure.
const seed =
  process.env.FUZZ_SEED === 'random'
    ? Date.now() % 2 ** 31
    : process.env.FUZZ_SEED
      ? Number(process.env.FUZZ_SEED)
      : scale(347985429, 348212693)
const outsiderCount = scale(500, 4_200)
const editorCount = scale(120, 900)
const concurrency = 4
const partnerKey = `fuzz-partner-${seed}-${Math.random().toString(36).slice(2)}`

let app: AppServer
let client: RestClient
let tokens: StaffTokens
let canaries: Canaries
let ctx: FuzzContext

interface Outcome {
  request: FuzzRequest
  /** 0 when no HTTP answer came (reset, timeout). */
  status: number
  body: string
  error?: string
}

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })

/** The request's symbolic credential as headers: the partner key in the door's own syntax, or the editor's JWT. */
function credentialHeaders(request: FuzzRequest): Record<string, string> {
  if (request.credential === 'editor') return { authorization: `JWT ${tokens.editor}` }
  if (request.credential !== 'partner') return {}
  if (request.door !== 'partner') return { authorization: `partners API-Key ${partnerKey}` }
  return request.headers['x-credential-style'] === 'x-api-key' ? { 'x-api-key': partnerKey } : { authorization: `Bearer ${partnerKey}` }
}

function decode(body: Buffer, encoding: string | undefined): string {
  try {
    if (encoding === 'gzip') return zlib.gunzipSync(body).toString('utf8')
    if (encoding === 'br') return zlib.brotliDecompressSync(body).toString('utf8')
    if (encoding === 'deflate') return zlib.inflateSync(body).toString('utf8')
  } catch {
    // fall through: look at the bytes as they came
  }
  return body.toString('utf8')
}

/**
 * Sends one request; a connection error is retried once on a fresh connection, because a server
 * may close a kept-alive socket just as the client reuses it (that is not a failure of the request).
 */
async function send(request: FuzzRequest): Promise<Outcome> {
  const first = await sendOnce(request, agent)
  if (first.status !== 0) return first
  retried++
  return sendOnce(request, false)
}

let retried = 0

/**
 * A large body or a request line past Node's header limit, answered (or refused with a 431) before
 * it was read, may end in a reset: allowed, counted.
 */
const largeBody = (r: FuzzRequest) => (r.body?.length ?? 0) > 64 * 1024 || r.path.length > 12 * 1024

/** Sends one request exactly as generated (raw path, no normalisation) and reads the whole answer. */
function sendOnce(request: FuzzRequest, via: http.Agent | false): Promise<Outcome> {
  const { 'x-credential-style': _style, ...headers } = request.headers
  const url = new URL(app.baseURL)
  return new Promise((resolve) => {
    let req: http.ClientRequest
    try {
      req = http.request(
        { host: url.hostname, port: url.port, method: request.method, path: request.path, headers: { ...headers, ...credentialHeaders(request) }, agent: via, timeout: 60_000, maxHeaderSize: 1 << 20 },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => resolve({ request, status: res.statusCode ?? 0, body: decode(Buffer.concat(chunks), res.headers['content-encoding']) }))
          res.on('error', (e) => resolve({ request, status: res.statusCode ?? 0, body: '', error: `response: ${e.message}` }))
        },
      )
    } catch (e) {
      // The client itself refused the request (a generator bug, not a server failure).
      throw new Error(`Cannot send ${request.method} ${request.path}: ${(e as Error).message}`)
    }
    req.on('timeout', () => req.destroy(new Error('no answer within 60 s')))
    req.on('error', (e) => resolve({ request, status: 0, body: '', error: e.message }))
    req.end(request.body)
  })
}

/** Sends everything, `concurrency` at a time. */
async function sendAll(requests: FuzzRequest[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(requests.length)
  let next = 0
  const worker = async () => {
    while (next < requests.length) {
      const i = next++
      outcomes[i] = await send(requests[i])
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return outcomes
}

const excerpt = (text: string, length = 300) => (text.length > length ? `${text.slice(0, length)}…` : text)
const describeRequest = (r: FuzzRequest) =>
  `[${r.door}/${r.credential}] ${r.method} ${excerpt(r.path, 400)}${r.body !== undefined ? ` body=${excerpt(JSON.stringify(r.body), 200)}` : ''}${r.headers['content-type'] !== undefined ? ` content-type=${JSON.stringify(r.headers['content-type'])}` : ''}`

/** Every answer that breaks a promise: a 5xx, no answer at all, or (outsiders only) a canary. */
function offenders(outcomes: Outcome[], checkCanaries: boolean): string[] {
  const found: string[] = []
  for (const o of outcomes) {
    if (o.status === 0 && !largeBody(o.request)) found.push(`${describeRequest(o.request)} -> no answer: ${o.error}`)
    else if (o.status >= 500) found.push(`${describeRequest(o.request)} -> ${o.status} ${excerpt(o.body)}`)
    const hits = checkCanaries ? canaries.hits(o.body) : []
    if (hits.length) found.push(`${describeRequest(o.request)} -> ${o.status} CANARY ${hits.join(', ')}`)
  }
  return found
}

const failureReport = (phase: string, found: string[]) =>
  `${found.length} bad answers in the ${phase} fuzz (seed ${seed}; replay with FUZZ_SEED=${seed}):\n${found.slice(0, 60).join('\n')}${found.length > 60 ? `\n… and ${found.length - 60} more` : ''}`

/** Figures: requests per door, status classes, and how long it took. */
function record(phase: string, outcomes: Outcome[], ms: number): void {
  const doors = new Map<Door, number>()
  const classes = new Map<string, number>()
  for (const o of outcomes) {
    doors.set(o.request.door, (doors.get(o.request.door) ?? 0) + 1)
    const cls = o.status === 0 ? 'no answer' : `${Math.floor(o.status / 100)}xx`
    classes.set(cls, (classes.get(cls) ?? 0) + 1)
  }
  recordFigure(section, `${phase}: requests`, outcomes.length)
  recordFigure(section, `${phase}: requests per door`, [...doors].map(([d, n]) => `${d} ${n}`).join(', '))
  recordFigure(section, `${phase}: statuses`, [...classes].sort().map(([c, n]) => `${c} ${n}`).join(', '))
  recordFigure(section, `${phase}: large bodies or request lines cut off by the server (no answer)`, outcomes.filter((o) => o.status === 0 && largeBody(o.request)).length)
  recordFigure(section, `${phase}: duration`, `${(ms / 1000).toFixed(1)} s`)
}

const contentCollections = ['topics', 'causes', 'treatments', 'faqs']
const countedCollections = [...contentCollections, 'sources', 'media', 'users', 'review-events', 'partners']

/** What is stored: the content hash (every language, drafts included) and per-collection counts, versions too. */
async function storedState(): Promise<{ hash: string; counts: Record<string, number> }> {
  const hash = app.runScript('scripts/content-hash.ts').trim()
  const counts: Record<string, number> = {}
  for (const c of countedCollections) counts[c] = (await client.ok('GET', `/api/${c}?limit=1&depth=0&locale=all`, tokens.admin)).totalDocs as number
  for (const c of [...contentCollections, 'sources'])
    counts[`${c} versions`] = (await client.ok('GET', `/api/${c}/versions?limit=1&depth=0`, tokens.admin)).totalDocs as number
  return { hash, counts }
}

async function partnerGet(path: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${app.baseURL}${path}`, { headers: { authorization: `Bearer ${partnerKey}` } })
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`)
  return (await res.json()) as Record<string, unknown>
}

beforeAll(async () => {
  app = await startAppServer()
  client = restClient(app.baseURL)
  tokens = await createStaff(client, 'fuzz')
  // A generous limit: the battery is about bad input, not the rate limiter.
  await client.ok('POST', '/api/partners', tokens.admin, { name: 'Fuzz partner', enableAPIKey: true, apiKey: partnerKey, rateLimitPerMinute: 100_000 })

  // A seeded topic live in Chinese gets the unapproved Chinese draft.
  const live = await client.ok('GET', '/api/topics?locale=zh&depth=0&limit=1', '')
  const topic = (live.docs as Array<{ id: number }>)[0]
  if (!topic) throw new Error('The seed has no topic published in Chinese')
  canaries = await plantCanaries(client, tokens, topic.id)

  const catalogue = (await partnerGet('/api/v1/catalogue')).data as Array<{ slug: string }>
  const topics = (await client.ok('GET', '/api/topics?locale=en&depth=0&limit=20', '')).docs as Array<{ id: number }>
  ctx = {
    slugs: [...new Set(catalogue.map((e) => e.slug))].slice(0, 30),
    ids: topics.map((t) => t.id),
    listCursor: (await partnerGet('/api/v1/topics?limit=1')).next as string,
    changesCursor: (await partnerGet('/api/v1/changes?limit=1')).next as string,
  }
  recordFigure(section, 'seed', seed)
}, 300_000)

afterAll(async () => {
  agent.destroy()
  await app?.stop()
})

describe('malformed requests against the built app', () => {
  it('from anonymous callers, bad credentials and a partner key: never a 5xx, a canary or a stored change', async () => {
    const before = await storedState()
    const requests = fc.sample(outsiderRequests(ctx), { seed, numRuns: outsiderCount })
    const started = Date.now()
    const outcomes = await sendAll(requests)
    record('outsiders', outcomes, Date.now() - started)
    const canaryHits = outcomes.filter((o) => canaries.hits(o.body).length > 0).length
    recordFigure(section, 'outsiders: canary hits', canaryHits)

    const found = offenders(outcomes, true)
    if (found.length) throw new Error(failureReport('outsider', found))
    expect(await storedState()).toEqual(before)
  }, 1_800_000)

  it('from a signed-in editor on REST and GraphQL: never a 5xx', async () => {
    const requests = fc.sample(editorRequests(ctx), { seed: seed + 1, numRuns: editorCount })
    const started = Date.now()
    const outcomes = await sendAll(requests)
    record('editor', outcomes, Date.now() - started)
    const found = offenders(outcomes, false)
    if (found.length) throw new Error(failureReport('editor', found))
  }, 900_000)

  it('leaves the server answering', async () => {
    const res = await fetch(`${app.baseURL}/en`)
    expect(res.status).toBe(200)
    expect(app.logs()).not.toMatch(/Unhandled error while serving/)
    recordFigure(section, 'connection errors retried on a fresh connection', retried)
    // Tolerated, counted: when a client drops a request mid-body, Next's own body reader (a web
    // stream over the request, not the IncomingMessage our guard listens on) rejects with
    // "aborted" (ECONNRESET) and Next's process-level handler logs it as an uncaughtException
    // and carries on (the check above shows the server still answers). Nobody is left waiting
    // for that answer, and the reader is inside Next, out of our reach.
    recordFigure(section, 'uncaughtException "aborted" lines in the server log (client dropped the request)', (app.logs().match(/uncaughtException/g) ?? []).length)
    const otherUncaught = app.logs().split('\n').filter((line) => line.includes('uncaughtException') && !/Error: aborted/.test(line))
    expect(otherUncaught).toEqual([])
  })
})
