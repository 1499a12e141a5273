/**
 * The partner API v1 through its route handler (the function Next calls), on a throw-away
 * database with the demo content: keys, rate limit, every endpoint and error, conditional GET,
 * cursor walks, the change feed, the OpenAPI contract, canaries and signed webhooks.
 */
import crypto from 'node:crypto'
import http from 'node:http'

import type { Payload } from 'payload'

import { causesSlug, contentCollectionSlugs, faqsSlug, partnersSlug, topicsSlug, treatmentsSlug, webhookDeliveriesSlug } from '@/collections/slugs'
import { siteOrigin } from '@/content/seo'
import { seedDemoContent } from '@/seed/seedContent'

import { asUser, createPublishedDocument, createRoleUsers, paragraphBody, workflow, type Users } from '../helpers/editorial'
import { startTestPayload, type TestPayload } from '../helpers/payload'

// Read by the webhook task's retry config when it loads (below, in beforeAll).
process.env.WEBHOOK_BACKOFF_MS = '150'
process.env.WEBHOOK_ATTEMPTS = '4'
process.env.PARTNER_CHANGE_DELAY_MS = '0'
// The test's receiver listens on loopback, which webhooks may reach only through the allow-list.
process.env.WEBHOOK_ALLOW_HOSTS = '127.0.0.1'

type Handlers = typeof import('@/partner-api/handlers')
type Changes = typeof import('@/partner-api/changes')
type RateLimit = typeof import('@/partner-api/rateLimit')

let t: TestPayload
let payload: Payload
let users: Users
let api: Handlers['handlePartnerRequest']
let recordChanges: Changes['recordChanges']
let resetRateLimits: RateLimit['resetRateLimits']

const key = `test-key-${crypto.randomUUID()}`
const slowKey = `slow-key-${crypto.randomUUID()}`
const revokedKey = `revoked-key-${crypto.randomUUID()}`
let revokedPartnerId: number

const stamp = Date.now()
const markers = { draft: `CANARY-${stamp}-DRAFT`, zhDraft: `CANARY-${stamp}-ZHDRAFT`, comment: `CANARY-${stamp}-COMMENT`, enDraft: `CANARY-${stamp}-ENDRAFT` }

async function makePartner(name: string, apiKey: string, extra: Record<string, unknown> = {}) {
  const partner = await payload.create({ collection: partnersSlug, data: { name, enableAPIKey: true, apiKey, ...extra } as never, overrideAccess: true })
  return partner.id as number
}

interface Answer {
  status: number
  headers: Headers
  body: any
  text: string
}

async function call(path: string, options: { key?: string | null; headers?: Record<string, string>; method?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) }
  const k = options.key === undefined ? key : options.key
  if (k) headers.authorization = `Bearer ${k}`
  const response = await api(new Request(`http://localhost${path}`, { method: options.method ?? 'GET', headers }))
  const text = response.status === 304 ? '' : await response.text()
  let body: unknown = null
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = null
  }
  return { status: response.status, headers: response.headers, body, text }
}

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  users = await createRoleUsers(payload)
  await seedDemoContent(payload, { log: () => undefined })
  ;({ handlePartnerRequest: api } = await import('@/partner-api/handlers'))
  ;({ recordChanges } = await import('@/partner-api/changes'))
  ;({ resetRateLimits } = await import('@/partner-api/rateLimit'))
  await makePartner('Clinic app', key)
  await makePartner('Slow partner', slowKey, { rateLimitPerMinute: 3 })
  revokedPartnerId = await makePartner('Former partner', revokedKey)
  await recordChanges(payload)
}, 120_000)

afterAll(async () => {
  await t?.destroy()
})

beforeEach(() => resetRateLimits())

describe('keys', () => {
  it('refuses a request without a key with 401 and a JSON error', async () => {
    const res = await call('/api/v1/topics', { key: null })
    expect(res.status).toBe(401)
    expect(res.body).toEqual({ error: { code: 'missing_api_key', message: expect.stringMatching(/Bearer/) } })
    expect(res.headers.get('www-authenticate')).toMatch(/Bearer/)
  })

  it('refuses an unknown key with 401', async () => {
    const res = await call('/api/v1/topics', { key: 'not-a-real-key' })
    expect(res.status).toBe(401)
    expect(res.body.error.code).toBe('invalid_api_key')
  })

  it('accepts the key as X-API-Key and in Payload’s own header form', async () => {
    expect((await call('/api/v1/topics', { key: null, headers: { 'x-api-key': key } })).status).toBe(200)
    expect((await call('/api/v1/topics', { key: null, headers: { authorization: `partners API-Key ${key}` } })).status).toBe(200)
  })

  it('refuses a key from the next request on once an admin revokes it', async () => {
    expect((await call('/api/v1/topics', { key: revokedKey })).status).toBe(200)
    await payload.update({ collection: partnersSlug, id: revokedPartnerId, data: { revoked: true }, ...asUser(users.admin) })
    const res = await call('/api/v1/topics', { key: revokedKey })
    expect(res.status).toBe(401)
    expect(res.body.error.code).toBe('invalid_api_key')
  })

  it('records when a key was last used', async () => {
    const { flushLastUse } = await import('@/partner-api/keys')
    await call('/api/v1/causes')
    await flushLastUse(payload)
    const partner = (await payload.find({ collection: partnersSlug, where: { name: { equals: 'Clinic app' } }, overrideAccess: true })).docs[0]
    expect(partner.lastUsedAt).toBeTruthy()
    expect(Date.now() - Date.parse(String(partner.lastUsedAt))).toBeLessThan(60_000)
  })

  it('answers 429 with Retry-After once a partner passes its own per-minute limit', async () => {
    for (let i = 0; i < 3; i++) expect((await call('/api/v1/topics', { key: slowKey })).status).toBe(200)
    const res = await call('/api/v1/topics', { key: slowKey })
    expect(res.status).toBe(429)
    expect(res.body.error.code).toBe('rate_limited')
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    // Another partner is not affected.
    expect((await call('/api/v1/topics')).status).toBe(200)
  })

  it('never lets a partner key read partners, users or drafts through the Local API rules', async () => {
    const partner = (await payload.find({ collection: partnersSlug, where: { name: { equals: 'Clinic app' } }, overrideAccess: true })).docs[0]
    const asPartner = { user: { ...partner, collection: partnersSlug } as never, overrideAccess: false }
    await expect(payload.find({ collection: partnersSlug, ...asPartner })).rejects.toThrow()
    await expect(payload.find({ collection: 'users', ...asPartner })).rejects.toThrow()
    const drafts = await payload.find({ collection: topicsSlug, draft: true, ...asPartner, where: { _status: { equals: 'draft' } } })
    expect(drafts.totalDocs).toBe(0)
  })
})

describe('resources', () => {
  it('lists topics in English with a total, a limit and no cursor on the last page', async () => {
    const res = await call('/api/v1/topics?locale=en&limit=100')
    expect(res.status).toBe(200)
    expect(res.body.total).toBe(res.body.data.length)
    expect(res.body.next).toBeNull()
    expect(res.body.data[0]).toMatchObject({ id: expect.stringMatching(/^topic:/), type: 'topic', locale: 'en', apiUrl: expect.stringMatching(/\/api\/v1\/topics\//) })
    expect(JSON.stringify(res.body)).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it('lists the same topics in Chinese, in Chinese', async () => {
    const res = await call('/api/v1/topics?locale=zh&limit=100')
    expect(res.status).toBe(200)
    for (const item of res.body.data) expect(item.title).toMatch(/[\u4e00-\u9fff]/)
  })

  it('lists every collection, sources included', async () => {
    for (const collection of [...contentCollectionSlugs, 'sources']) {
      const res = await call(`/api/v1/${collection}?limit=100`)
      expect(res.status).toBe(200)
      expect(res.body.data.length).toBeGreaterThan(0)
    }
  })

  it('filters by updatedSince', async () => {
    const future = await call('/api/v1/causes?updatedSince=2999-01-01T00:00:00Z')
    expect(future.body).toMatchObject({ data: [], total: 0 })
    const past = await call('/api/v1/causes?updatedSince=2000-01-01')
    expect(past.body.total).toBeGreaterThan(0)
  })

  it('gives a full document with alternates, related links, review, translation, sources, licence and JSON-LD', async () => {
    const res = await call('/api/v1/causes/immune?locale=zh')
    expect(res.status).toBe(200)
    const doc = res.body
    // The site's one public origin, whatever Host the request named (here "localhost").
    const origin = siteOrigin()
    expect(doc).toMatchObject({ id: 'cause:immune', type: 'cause', slug: 'immune', locale: 'zh', availableLocales: ['en', 'zh'] })
    expect(doc.alternates).toEqual([
      { locale: 'en', siteUrl: `${origin}/en/causes/immune`, apiUrl: `${origin}/api/v1/causes/immune?locale=en` },
      { locale: 'zh', siteUrl: `${origin}/zh/causes/immune`, apiUrl: `${origin}/api/v1/causes/immune?locale=zh` },
    ])
    expect(doc.title).toMatch(/[\u4e00-\u9fff]/)
    expect(doc.body.html).toMatch(/<p>/)
    expect(doc.body.text.length).toBeGreaterThan(0)
    expect(doc.body.html).not.toMatch(/<script/i)
    for (const link of doc.related) expect(link).toMatchObject({ id: expect.stringMatching(/:/), locale: expect.stringMatching(/^(en|zh)$/), title: expect.any(String) })
    expect(doc.review).toHaveProperty('overdue')
    expect(doc.translation.state).toMatch(/current|behind/)
    expect(doc.licence.attribution).toContain(`${origin}/zh/causes/immune`)
    expect(doc.jsonLd).toMatchObject({ '@type': 'MedicalWebPage', inLanguage: 'zh-Hans', url: `${origin}/zh/causes/immune` })
    expect(doc).not.toHaveProperty('_status')
    expect(JSON.stringify(doc)).not.toMatch(/"id":\d/)
  })

  it('gives a source by slug', async () => {
    const list = await call('/api/v1/sources?limit=1')
    const slug = list.body.data[0].slug
    const res = await call(`/api/v1/sources/${slug}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id: `source:${slug}`, type: 'source', slug })
  })

  it('answers 404 for an unknown slug, an unknown collection and a path too deep', async () => {
    for (const path of ['/api/v1/causes/no-such-cause', '/api/v1/diseases', '/api/v1/causes/immune/extra']) {
      const res = await call(path)
      expect(res.status).toBe(404)
      expect(res.body.error.code).toBe('not_found')
    }
  })

  it('answers 405 to writes', async () => {
    const res = await call('/api/v1/topics', { method: 'POST' })
    expect(res.status).toBe(405)
    expect(res.body.error.code).toBe('method_not_allowed')
  })

  it.each([
    ['/api/v1/topics?locale=fr', 'locale', /en, zh/],
    ['/api/v1/topics?limit=0', 'limit', /1 to 100/],
    ['/api/v1/topics?limit=101', 'limit', /1 to 100/],
    ['/api/v1/topics?limit=ten', 'limit', /1 to 100/],
    ['/api/v1/topics?cursor=garbage!', 'cursor', /next/],
    ['/api/v1/topics?updatedSince=yesterday', 'updatedSince', /ISO 8601/],
    ['/api/v1/topics?sort=title', 'sort', /locale, limit, cursor, updatedSince/],
    ['/api/v1/causes/immune?locale=de', 'locale', /en, zh/],
    ['/api/v1/changes?since=nonsense', 'cursor', /next/],
  ])('answers 400 listing the allowed values for %s', async (path, parameter, allowed) => {
    const res = await call(path)
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({ code: 'bad_parameter', parameter })
    expect(res.body.error.message).toMatch(allowed)
  })

  it('refuses a cursor from another listing', async () => {
    const first = await call('/api/v1/topics?limit=1')
    const res = await call(`/api/v1/causes?limit=1&cursor=${first.body.next}`)
    expect(res.status).toBe(400)
  })
})

describe('HTTP', () => {
  it('sends a strong ETag, Last-Modified, Cache-Control and CORS on every 200', async () => {
    const res = await call('/api/v1/causes/immune')
    expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]+"$/)
    expect(Date.parse(res.headers.get('last-modified') ?? '')).toBeGreaterThan(0)
    expect(res.headers.get('cache-control')).toBe('public, no-cache')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('x-ratelimit-limit')).toBe('120')
  })

  it('answers 304 to If-None-Match and to If-Modified-Since, and 200 again once the document changes', async () => {
    const first = await call('/api/v1/treatments/hormone-treatment')
    const etag = first.headers.get('etag') as string
    const lastModified = first.headers.get('last-modified') as string
    const byTag = await call('/api/v1/treatments/hormone-treatment', { headers: { 'if-none-match': etag } })
    expect(byTag.status).toBe(304)
    expect(byTag.headers.get('etag')).toBe(etag)
    expect((await call('/api/v1/treatments/hormone-treatment', { headers: { 'if-modified-since': lastModified } })).status).toBe(304)
    expect((await call('/api/v1/treatments/hormone-treatment', { headers: { 'if-none-match': '"other"' } })).status).toBe(200)

    await new Promise((r) => setTimeout(r, 1100)) // Last-Modified has one-second resolution
    const id = (await payload.find({ collection: treatmentsSlug, where: { slug: { equals: 'hormone-treatment' } }, overrideAccess: true })).docs[0].id
    await payload.update({ collection: treatmentsSlug, id, data: { summary: 'A changed summary.' }, locale: 'en', overrideAccess: true, context: { seeding: true } })
    const changed = await call('/api/v1/treatments/hormone-treatment', { headers: { 'if-none-match': etag } })
    expect(changed.status).toBe(200)
    expect(changed.body.summary).toBe('A changed summary.')
    expect((await call('/api/v1/treatments/hormone-treatment', { headers: { 'if-modified-since': lastModified } })).status).toBe(200)
  })

  it('answers a CORS preflight', async () => {
    const res = await call('/api/v1/topics', { method: 'OPTIONS', key: null })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/)
  })

  it('serves the OpenAPI document and the reference page without a key', async () => {
    expect((await call('/api/v1/openapi.json', { key: null })).body.openapi).toBe('3.1.0')
    const page = await call('/api/v1/reference', { key: null })
    expect(page.status).toBe(200)
    expect(page.text).toMatch(/<h1>Mediglot partner content API/)
  })
})

describe('cursor pagination', () => {
  it('walks every treatment exactly once while treatments are published during the walk', async () => {
    for (const letter of 'bcdefgh') {
      await createPublishedDocument(payload, treatmentsSlug, { slug: `walk-${letter}`, heading: { en: `Walk ${letter}`, zh: `漫步 ${letter}` } })
    }
    const before = (await call('/api/v1/treatments?limit=100')).body.data.map((d: { slug: string }) => d.slug) as string[]
    const seen: string[] = []
    let next: string | null = null
    let pages = 0
    do {
      const res: Answer = await call(`/api/v1/treatments?limit=3${next ? `&cursor=${next}` : ''}`)
      expect(res.status).toBe(200)
      seen.push(...res.body.data.map((d: { slug: string }) => d.slug))
      next = res.body.next
      if (pages === 1) {
        // One lands before the cursor, one after it.
        await createPublishedDocument(payload, treatmentsSlug, { slug: 'aaa-walk-new', heading: { en: 'New A', zh: '新 A' } })
        await createPublishedDocument(payload, treatmentsSlug, { slug: 'zzz-walk-new', heading: { en: 'New Z', zh: '新 Z' } })
      }
      pages++
    } while (next && pages < 50)
    expect(new Set(seen).size).toBe(seen.length)
    for (const slug of before) expect(seen).toContain(slug)
    expect(seen).toContain('zzz-walk-new')
  })
})

/** A change-feed cursor after every row recorded so far. */
async function newestCursor(): Promise<string> {
  let page = (await call('/api/v1/changes?limit=100')).body
  while (page.hasMore) page = (await call(`/api/v1/changes?since=${page.next}&limit=100`)).body
  return page.next
}

describe('catalogue and change feed', () => {
  it('lists every public document once with its languages and URLs', async () => {
    const res = await call('/api/v1/catalogue')
    expect(res.status).toBe(200)
    const ids = res.body.data.map((d: { id: string }) => d.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(res.body.data.find((d: { id: string }) => d.id === 'cause:immune')).toMatchObject({ locales: ['en', 'zh'], urls: expect.any(Array) })
    expect(res.body.total).toBe(ids.length)
  })

  it('feeds publications, updates, an unpublish and a deletion as tombstones, resuming from a cursor', async () => {
    let cursor = await newestCursor()

    const id = await createPublishedDocument(payload, treatmentsSlug, { slug: 'feed-item', heading: { en: 'Feed item', zh: '订阅项' } })
    const published = (await call(`/api/v1/changes?since=${cursor}`)).body
    expect(published.data.map((c: { event: string; id: string; locale: string }) => `${c.event}:${c.id}:${c.locale}`).sort()).toEqual([
      'published:treatment:feed-item:en',
      'published:treatment:feed-item:zh',
    ])
    cursor = published.next

    await workflow(payload, users.medicalReviewer, treatmentsSlug, id, { action: 'unpublish', locale: 'zh' })
    const unpublished = (await call(`/api/v1/changes?since=${cursor}`)).body
    expect(unpublished.data).toEqual(expect.arrayContaining([expect.objectContaining({ event: 'unpublished', id: 'treatment:feed-item', locale: 'zh', locales: ['en'], apiUrl: null })]))
    cursor = unpublished.next

    await payload.delete({ collection: treatmentsSlug, id, overrideAccess: true, context: { seeding: true } })
    const deleted = (await call(`/api/v1/changes?since=${cursor}`)).body
    expect(deleted.data).toEqual([expect.objectContaining({ event: 'deleted', id: 'treatment:feed-item', locale: 'en', locales: [] })])
    // Nothing new: an empty page that keeps the cursor.
    const quiet = (await call(`/api/v1/changes?since=${deleted.next}`)).body
    expect(quiet).toMatchObject({ data: [], hasMore: false, next: deleted.next })
  })

  it('records a document changed on its own, slug included, exactly as a whole sweep would', async () => {
    let cursor = await newestCursor()
    const eventsSince = async () => {
      const page = (await call(`/api/v1/changes?since=${cursor}&limit=100`)).body
      cursor = page.next
      return page.data.map((c: { event: string; id: string; locale: string }) => `${c.event}:${c.id}:${c.locale}`).sort()
    }
    const id = await createPublishedDocument(payload, treatmentsSlug, { slug: 'old-address', heading: { en: 'Moving', zh: '搬家' } })
    expect(await eventsSince()).toEqual(['published:treatment:old-address:en', 'published:treatment:old-address:zh'])
    await payload.update({ collection: treatmentsSlug, id, data: { slug: 'new-address', _status: 'published' } as never, locale: 'en', overrideAccess: true, context: { seeding: true } })
    expect(await eventsSince()).toEqual([
      'published:treatment:new-address:en',
      'published:treatment:new-address:zh',
      'unpublished:treatment:old-address:en',
      'unpublished:treatment:old-address:zh',
    ])
    // A sweep of everything finds nothing more: what was recorded one document at a time is
    // the whole truth.
    expect(await recordChanges(payload)).toEqual([])
    expect(await eventsSince()).toEqual([])
  })

  it('accepts a time as since', async () => {
    const res = await call('/api/v1/changes?since=2000-01-01T00:00:00Z&limit=5')
    expect(res.status).toBe(200)
    expect(res.body.data.length).toBe(5)
    expect(res.body.hasMore).toBe(true)
  })
})

describe('canaries', () => {
  it('shows no draft, unapproved translation or review comment, with or without a key', async () => {
    const liveId = await createPublishedDocument(payload, causesSlug, { slug: 'canary-cause', heading: { en: 'Canary cause', zh: '金丝雀病因' } })
    const draft = await payload.create({ collection: topicsSlug, data: { slug: 'canary-draft', title: `T ${markers.draft}`, summary: markers.draft, body: paragraphBody(markers.draft) } as never, locale: 'en', draft: true, ...asUser(users.editor) })
    expect(draft.id).toBeTruthy()
    await payload.update({ collection: causesSlug, id: liveId, data: { title: `ZH ${markers.zhDraft}`, summary: markers.zhDraft } as never, locale: 'zh', draft: true, ...asUser(users.translator) })
    expect((await workflow(payload, users.translator, causesSlug, liveId, { action: 'submit', locale: 'zh' })).status).toBe(200)
    expect((await workflow(payload, users.medicalReviewer, causesSlug, liveId, { action: 'requestChanges', locale: 'zh', comment: markers.comment })).status).toBe(200)
    await payload.update({ collection: causesSlug, id: liveId, data: { title: `EN ${markers.enDraft}`, body: paragraphBody(markers.enDraft) } as never, locale: 'en', draft: true, ...asUser(users.editor) })
    await recordChanges(payload)

    const paths = [
      ...[...contentCollectionSlugs, 'sources'].flatMap((c) => [`/api/v1/${c}?limit=100&locale=en`, `/api/v1/${c}?limit=100&locale=zh`]),
      '/api/v1/causes/canary-cause?locale=en',
      '/api/v1/causes/canary-cause?locale=zh',
      '/api/v1/topics/canary-draft?locale=en',
      '/api/v1/catalogue',
      '/api/v1/changes?limit=100&since=2000-01-01',
    ]
    const bodies: string[] = []
    for (const k of [key, null]) {
      for (const path of paths) {
        const res = await call(path, { key: k })
        if (k === null) expect(res.status).toBe(401)
        bodies.push(res.text)
      }
    }
    const all = bodies.join('\n')
    for (const marker of Object.values(markers)) expect(all).not.toContain(marker)
    expect(all).toContain('Canary cause')
    expect(all).not.toContain('canary-draft"')
  })
})

describe('the OpenAPI contract', () => {
  it('defines every property its schemas require (strict JSON Schema, as third-party validators read it)', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js')
    const { default: addFormats } = await import('ajv-formats')
    const document = (await call('/api/v1/openapi.json', { key: null })).body
    // strictRequired: a required property that `properties` does not define is an error (the
    // jsonLd schema required @context, url, name and inLanguage without defining them).
    const ajv = new Ajv2020({ strict: true, strictRequired: true, strictTypes: false, allErrors: true, keywords: ['example', 'components'] })
    ;(addFormats as unknown as (a: unknown) => void)(ajv)
    expect(() => ajv.addSchema({ $id: 'openapi-strict', components: document.components }, 'openapi-strict')).not.toThrow()
    for (const name of Object.keys(document.components.schemas)) {
      expect(() => ajv.compile({ $ref: `openapi-strict#/components/schemas/${name}` })).not.toThrow()
    }
  })

  it('is a valid OpenAPI 3.1 document, and every endpoint’s live answers (errors included) match its schemas', async () => {
    const { default: SwaggerParser } = await import('@apidevtools/swagger-parser')
    const { Ajv2020 } = await import('ajv/dist/2020.js')
    const { default: addFormats } = await import('ajv-formats')
    const document = (await call('/api/v1/openapi.json', { key: null })).body
    await SwaggerParser.validate(structuredClone(document))

    const ajv = new Ajv2020({ strict: false, allErrors: true })
    ;(addFormats as unknown as (a: unknown) => void)(ajv)
    ajv.addSchema({ $id: 'openapi', components: document.components }, 'openapi')
    const check = (path: string, method: string, status: number, body: unknown) => {
      const operation = document.paths[path]?.[method]
      expect(operation).toBeDefined()
      const response = operation.responses[String(status)]
      if (!response) throw new Error(`${method.toUpperCase()} ${path}: status ${status} is not in the contract`)
      const schema = response.content?.['application/json']?.schema
      if (!schema) return
      const validate = ajv.compile({ $ref: `openapi${schema.$ref ?? ''}`, ...(schema.$ref ? {} : schema) })
      if (!validate(body)) throw new Error(`${method.toUpperCase()} ${path} ${status}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`)
    }
    const cases: Array<[string, string, { key?: string | null }?]> = []
    for (const collection of [...contentCollectionSlugs, 'sources']) {
      const list = await call(`/api/v1/${collection}?limit=2`)
      const slug = list.body.data[0].slug
      cases.push(
        [`/${collection}`, `/api/v1/${collection}?limit=2`],
        [`/${collection}`, `/api/v1/${collection}?limit=2&locale=zh&cursor=${list.body.next ?? ''}`],
        [`/${collection}`, `/api/v1/${collection}?locale=xx`],
        [`/${collection}`, `/api/v1/${collection}`, { key: null }],
        [`/${collection}/{slug}`, `/api/v1/${collection}/${slug}`],
        [`/${collection}/{slug}`, `/api/v1/${collection}/${slug}?locale=zh`],
        [`/${collection}/{slug}`, `/api/v1/${collection}/no-such-thing`],
        [`/${collection}/{slug}`, `/api/v1/${collection}/${slug}`, { key: 'wrong' }],
      )
    }
    cases.push(['/catalogue', '/api/v1/catalogue'], ['/catalogue', '/api/v1/catalogue?x=1'], ['/changes', '/api/v1/changes?limit=3'], ['/changes', '/api/v1/changes?since=bad'])
    const statuses = new Set<number>()
    for (const [template, path, options] of cases) {
      const res = await call(path, options)
      statuses.add(res.status)
      check(template, 'get', res.status, res.body)
    }
    for (let i = 0; i < 4; i++) {
      const res = await call('/api/v1/causes', { key: slowKey })
      statuses.add(res.status)
      check('/causes', 'get', res.status, res.body)
    }
    expect([...statuses].sort()).toEqual([200, 400, 401, 404, 429])
    // The webhook body's schema describes what a delivery carries.
    const validate = ajv.compile({ $ref: 'openapi#/components/schemas/WebhookPayload' })
    expect(validate({ id: 'x', event: 'published', occurredAt: new Date().toISOString(), document: { id: 'topic:a', type: 'topic', slug: 'a', locale: 'en', locales: ['en'] } })).toBe(true)
  })
})

describe('webhooks', () => {
  it('delivers a signed change, retries after a 500 and logs every attempt for admins', async () => {
    const received: Array<{ headers: http.IncomingHttpHeaders; body: string; status: number }> = []
    const secret = 'whsec-test-0123456789abcdef'
    const receiver = http.createServer((req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => {
        const status = received.length === 0 ? 500 : 200
        received.push({ headers: req.headers, body, status })
        res.writeHead(status).end()
      })
    })
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()))
    const { port } = receiver.address() as { port: number }
    try {
      const partnerId = await makePartner('Webhook partner', `hook-key-${crypto.randomUUID()}`, {
        webhooks: [{ url: `http://127.0.0.1:${port}/hooks`, events: ['published'], secret, active: true }],
      })
      await recordChanges(payload)
      await createPublishedDocument(payload, faqsSlug, { slug: 'hooked-faq', heading: { en: 'Hooked?', zh: '挂钩？' }, shared: { subject: 'understanding' } })
      await recordChanges(payload)

      const deadline = Date.now() + 20_000
      while (received.filter((r) => r.status === 200).length < 2 && Date.now() < deadline) {
        await payload.jobs.run({ queue: 'webhooks', limit: 10 })
        await new Promise((r) => setTimeout(r, 100))
      }
      const ok = received.filter((r) => r.status === 200)
      expect(ok.length).toBe(2) // en and zh, one of them after a 500
      expect(received.length).toBe(3)
      for (const delivery of received) {
        const signature = String(delivery.headers['mediglot-signature'])
        const [, timestamp, hex] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature) ?? []
        const expected = crypto.createHmac('sha256', secret).update(`${timestamp}.${delivery.body}`).digest('hex')
        expect(crypto.timingSafeEqual(Buffer.from(hex, 'hex'), Buffer.from(expected, 'hex'))).toBe(true)
        expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(60)
        expect(JSON.parse(delivery.body)).toMatchObject({ event: 'published', document: { id: 'faq:hooked-faq', type: 'faq', slug: 'hooked-faq', locales: ['en', 'zh'] } })
      }
      // The retry carries the same delivery id as the failed attempt.
      const ids = received.map((r) => JSON.parse(r.body).id)
      expect(new Set(ids).size).toBe(2)

      const log = await payload.find({ collection: webhookDeliveriesSlug, where: { partner: { equals: partnerId } }, sort: 'createdAt', ...asUser(users.admin) })
      expect(log.docs.map((d) => `${d.attempt}:${d.ok}:${d.statusCode}`)).toEqual(expect.arrayContaining(['1:false:500', '2:true:200', '1:true:200']))
      expect(log.docs.find((d) => d.statusCode === 500)?.willRetry).toBe(true)
      await expect(payload.find({ collection: webhookDeliveriesSlug, ...asUser(users.editor) })).rejects.toThrow()
    } finally {
      await new Promise((r) => receiver.close(r))
    }
  })
})
