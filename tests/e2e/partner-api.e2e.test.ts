/**
 * The partner API on the production server (src/server.ts): Next routes /api/v1 to our handler
 * (not Payload's /api catch-all), repeats come from the fast path compressed and conditional,
 * the key check and rate limit hold there too, and Payload's own doors show published content
 * only, with GraphQL introspection and playground off.
 */
import crypto from 'node:crypto'
import zlib from 'node:zlib'
import http from 'node:http'

import { startAppServer, type AppServer } from '../helpers/appServer'

let app: AppServer
const key = `e2e-partner-${crypto.randomUUID()}`
const slowKey = `e2e-slow-${crypto.randomUUID()}`
let adminToken: string

/** Raw GET (fetch would decompress and hide Content-Encoding). */
function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${app.baseURL}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
  })
}

async function admin(path: string, body: unknown, method = 'POST') {
  const res = await fetch(`${app.baseURL}${path}`, { method, headers: { 'content-type': 'application/json', authorization: `JWT ${adminToken}` }, body: JSON.stringify(body) })
  return { status: res.status, body: (await res.json()) as any }
}

beforeAll(async () => {
  app = await startAppServer()
  const first = await fetch(`${app.baseURL}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@e2e.mediglot', password: 'e2e-admin-password-1', name: 'E2E Admin', roles: ['admin'] }),
  })
  expect(first.status).toBe(200)
  const login = await fetch(`${app.baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@e2e.mediglot', password: 'e2e-admin-password-1' }),
  })
  adminToken = ((await login.json()) as { token: string }).token
  expect((await admin('/api/partners', { name: 'E2E clinic', enableAPIKey: true, apiKey: key })).status).toBe(201)
  expect((await admin('/api/partners', { name: 'E2E slow', enableAPIKey: true, apiKey: slowKey, rateLimitPerMinute: 2 })).status).toBe(201)
}, 180_000)

afterAll(async () => {
  await app?.stop()
})

const bearer = (k = key) => ({ authorization: `Bearer ${k}` })

describe('the partner API on the production server', () => {
  it('is routed to the partner handler, not to Payload’s /api catch-all', async () => {
    const res = await fetch(`${app.baseURL}/api/v1/causes/immune`, { headers: bearer() })
    expect(res.status).toBe(200)
    const doc = (await res.json()) as { id: string; jsonLd: { '@type': string } }
    expect(doc.id).toBe('cause:immune')
    expect(doc.jsonLd['@type']).toBe('MedicalWebPage')
    const none = await fetch(`${app.baseURL}/api/v1/causes`)
    expect(none.status).toBe(401)
    expect(await none.json()).toMatchObject({ error: { code: 'missing_api_key' } })
  })

  it('answers repeats from the fast path, compressed, with 304 for a matching ETag or date', async () => {
    const path = '/api/v1/treatments/hormone-treatment?locale=zh'
    const first = await raw(path, bearer())
    expect(first.status).toBe(200)
    const br = await raw(path, { ...bearer(), 'accept-encoding': 'br, gzip' })
    expect(br.headers['x-mediglot-cache']).toBe('hit')
    expect(br.headers['content-encoding']).toBe('br')
    const doc = JSON.parse(zlib.brotliDecompressSync(br.body).toString('utf8'))
    expect(doc).toMatchObject({ id: 'treatment:hormone-treatment', locale: 'zh' })
    const gzip = await raw(path, { ...bearer(), 'accept-encoding': 'gzip' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(JSON.parse(zlib.gunzipSync(gzip.body).toString('utf8'))).toEqual(doc)
    expect(br.headers['cache-control']).toBe('public, no-cache')
    expect(br.headers['access-control-allow-origin']).toBe('*')
    const etag = String(br.headers.etag)
    const byTag = await raw(path, { ...bearer(), 'if-none-match': etag })
    expect(byTag.status).toBe(304)
    expect(byTag.headers['x-mediglot-cache']).toBe('hit')
    expect((await raw(path, { ...bearer(), 'if-modified-since': String(br.headers['last-modified']) })).status).toBe(304)
  })

  it('checks the key and the rate limit on the fast path too', async () => {
    const path = '/api/v1/topics?limit=5'
    expect((await raw(path, bearer())).status).toBe(200)
    expect((await raw(path, bearer())).headers['x-mediglot-cache']).toBe('hit')
    // No key or a bad key never gets the cached bytes.
    expect((await raw(path)).status).toBe(401)
    expect((await raw(path, bearer('bad-key'))).status).toBe(401)
    expect((await raw(path, bearer('bad-key'))).status).toBe(401)
    const statuses: number[] = []
    let retryAfter: string | undefined
    for (let i = 0; i < 4; i++) {
      const res = await raw(path, bearer(slowKey))
      statuses.push(res.status)
      retryAfter ??= res.headers['retry-after'] as string | undefined
    }
    expect(statuses).toEqual([200, 200, 429, 429])
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1)
  })

  it('stops a revoked key at once, even for a cached answer', async () => {
    const revocable = `e2e-revocable-${crypto.randomUUID()}`
    const created = await admin('/api/partners', { name: 'E2E revocable', enableAPIKey: true, apiKey: revocable })
    const path = '/api/v1/faqs?limit=3'
    expect((await raw(path, bearer(revocable))).status).toBe(200)
    expect((await raw(path, bearer(revocable))).headers['x-mediglot-cache']).toBe('hit')
    expect((await admin(`/api/partners/${created.body.doc.id}`, { revoked: true }, 'PATCH')).status).toBe(200)
    const after = await raw(path, bearer(revocable))
    expect(after.status).toBe(401)
  })

  it('serves the contract and the reference page without a key, and answers CORS preflights', async () => {
    const doc = (await (await fetch(`${app.baseURL}/api/v1/openapi.json`)).json()) as { openapi: string }
    expect(doc.openapi).toBe('3.1.0')
    const page = await fetch(`${app.baseURL}/api/v1/reference`)
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    const preflight = await fetch(`${app.baseURL}/api/v1/topics`, { method: 'OPTIONS', headers: { origin: 'https://partner.example', 'access-control-request-headers': 'authorization' } })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/)
  })

  it('feeds the seeded documents in the change feed', async () => {
    const res = await fetch(`${app.baseURL}/api/v1/changes?limit=100`, { headers: bearer() })
    const body = (await res.json()) as { data: Array<{ id: string; event: string }> }
    expect(body.data.some((c) => c.id === 'cause:immune' && c.event === 'published')).toBe(true)
  })
})

describe('Payload’s own doors', () => {
  it('answers anonymous callers and partner keys on REST with published content only', async () => {
    const draft = await admin('/api/topics?draft=true&locale=en', { slug: 'e2e-draft-topic', title: 'E2E DRAFT MARKER' })
    expect(draft.status).toBe(201)
    const doors: Array<Record<string, string>> = [{}, { authorization: `partners API-Key ${key}` }]
    for (const headers of doors) {
      // Payload's default page at the deepest population: the most a public query may read (src/security/queryCost.ts).
      const list = await fetch(`${app.baseURL}/api/topics?limit=10&depth=2&locale=en`, { headers })
      expect(list.status).toBe(200)
      const text = await list.text()
      expect(text).toContain('recurrent-miscarriage')
      expect(text).not.toContain('E2E DRAFT MARKER')
      // Asking for drafts changes nothing for them.
      const drafts = await fetch(`${app.baseURL}/api/topics?limit=10&depth=2&locale=en&draft=true`, { headers })
      expect(drafts.status).toBe(200)
      expect(await drafts.text()).not.toContain('E2E DRAFT MARKER')
      expect((await fetch(`${app.baseURL}/api/partners`, { headers })).status).toBe(403)
      expect((await fetch(`${app.baseURL}/api/users`, { headers })).status).toBe(403)
      const gql = await fetch(`${app.baseURL}/api/graphql`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Topics(limit: 100, locale: en) { docs { slug title } } }' }),
      })
      const gqlText = await gql.text()
      expect(gqlText).toContain('recurrent-miscarriage')
      expect(gqlText).not.toContain('E2E DRAFT MARKER')
    }
  })

  it('keeps GraphQL introspection and the playground off in production', async () => {
    const introspection = await fetch(`${app.baseURL}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    })
    const body = (await introspection.json()) as { data?: unknown; errors?: Array<{ message: string }> }
    expect(body.data ?? null).toBeNull()
    expect(JSON.stringify(body.errors)).toMatch(/introspection/i)
    const playground = await fetch(`${app.baseURL}/api/graphql-playground`)
    expect(playground.status).not.toBe(200)
  })
})
