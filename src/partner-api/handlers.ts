/**
 * The partner API v1 request handler: key, rate limit, parameters, then a prepared response from
 * the response cache or a fresh one built from the published read model (and stored for the fast
 * path in src/server.ts, which answers repeats before Next). Called by the Next route
 * `app/(partner)/api/v1/[[...path]]/route.ts` and directly by the integration tests.
 */
import crypto from 'node:crypto'

import type { Where } from 'payload'

import { notModifiedHeaders } from '@/cache/fastPath'
import { responseCache, type CachedResponse } from '@/cache/responseCache'
import { apiChangesSlug, type ContentCollectionSlug } from '@/collections/slugs'
import { listPublicPage, findPublicBySlug, publicCatalogue, listableCollections, type ListableCollection } from '@/content/catalogue'
import { getPublishedDocument } from '@/content/documents'
import { getContentPayload } from '@/content/payload'
import { getT } from '@/i18n/server'
import { outsideDependencies, runWithDependencies, type DependencyTags } from '@/lib/dependencies'

import { startPartnerBackground } from './background'
import { latestChangeAt, recordPendingChanges } from './changes'
import { apiVersionPrefix } from './constants'
import {
  corsHeaders,
  errorResponse,
  httpDate,
  isNotModified,
  isOpenPath,
  partnerCacheControl,
  partnerCacheKey,
  preflightHeaders,
  publicBase,
} from './http'
import { hashKey, keyFromHeaders, noteUse, verifyKey } from './keys'
import { openApiDocument } from './openapi'
import { BadParameter, decodeCursor, encodeCursor, parseChangesParams, parseDate, parseDetailParams, parseListParams, parseNoParams } from './params'
import { takeToken, rateLimitHeaders, type RateDecision } from './rateLimit'
import { referencePage } from './referencePage'
import { serializeDocument, serializeListItem, sourceFromRaw, stableId, apiUrl, siteUrl, typeOf } from './serialize'

type Built = { status: 200; body: string; contentType: string; lastModified: string } | Response

class NotFound extends Error {}

const startedAt = new Date().toUTCString()

const jsonType = 'application/json; charset=utf-8'

async function partnerPayload() {
  const payload = await getContentPayload()
  startPartnerBackground(payload)
  return payload
}

function latest(...dates: Array<string | null | undefined>): string {
  const times = dates.map((d) => (d ? Date.parse(d) : Number.NaN)).filter((t) => Number.isFinite(t))
  return httpDate(times.length ? Math.max(...times) : Date.parse(startedAt))
}

const json = (value: unknown) => JSON.stringify(value)

export async function handlePartnerRequest(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const get = (name: string) => request.headers.get(name)
  const pathname = url.pathname.replace(/\/+$/, '') || '/'

  if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: preflightHeaders })
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return errorResponse(405, 'method_not_allowed', 'The partner API is read-only: use GET or HEAD.', { allow: 'GET, HEAD, OPTIONS' })
  }

  let rate: RateDecision | null = null
  if (!isOpenPath(pathname)) {
    const key = keyFromHeaders(get)
    if (!key) return errorResponse(401, 'missing_api_key', 'An API key is required: send "Authorization: Bearer YOUR_KEY" (or "X-API-Key: YOUR_KEY").')
    const payload = await partnerPayload()
    const partner = await verifyKey(payload, key)
    if (!partner) return errorResponse(401, 'invalid_api_key', 'This API key is not valid or has been revoked.')
    rate = takeToken(hashKey(key), partner.rateLimitPerMinute)
    if (!rate.allowed) {
      return errorResponse(429, 'rate_limited', `Too many requests: the limit for this key is ${rate.limit} a minute. Retry after ${rate.retryAfter} s.`, rateLimitHeaders(rate))
    }
    noteUse(partner)
  }
  const extra = { ...corsHeaders, ...(rate ? rateLimitHeaders(rate) : {}) }

  const base = publicBase()
  const cacheKey = partnerCacheKey(base, url.pathname + url.search)
  const cache = responseCache()
  const cached = cache.get(cacheKey)
  if (cached) return fromEntry(request, cached, extra)

  const generation = cache.currentGeneration()
  // Records the documents the answer is built from: a publish purges only answers that used it.
  const dependencies: DependencyTags = new Set()
  let built: Built
  try {
    built = await runWithDependencies(dependencies, () => build(pathname, url.searchParams, base))
  } catch (error) {
    if (error instanceof BadParameter) {
      return errorResponse(400, 'bad_parameter', error.message, extra, { parameter: error.parameter, allowed: error.allowed })
    }
    if (error instanceof NotFound) return errorResponse(404, 'not_found', error.message, extra)
    const payload = await getContentPayload()
    payload.logger.error({ err: error, path: pathname }, 'partner API request failed')
    return errorResponse(500, 'internal_error', 'Something went wrong on our side; please retry later.', extra)
  }
  if (built instanceof Response) return built
  const headers = { 'content-type': built.contentType, 'cache-control': partnerCacheControl }
  const body = Buffer.from(built.body)
  cache.set(cacheKey, { status: 200, headers, body, lastModified: built.lastModified }, generation, dependencies)
  const entry = cache.get(cacheKey) ?? {
    status: 200,
    headers,
    body,
    gzip: body,
    brotli: body,
    etag: `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    lastModified: built.lastModified,
    storedAt: Date.now(),
    tags: [...dependencies],
  }
  return fromEntry(request, entry, extra)
}

/** A prepared response as the route handler sends it (Next compresses it; repeats go to the fast path). */
function fromEntry(request: Request, entry: CachedResponse, extra: Record<string, string>): Response {
  const headers = { ...entry.headers, ...extra, etag: entry.etag, 'last-modified': entry.lastModified, vary: 'Accept-Encoding' }
  if (isNotModified((n) => request.headers.get(n), entry.etag, entry.lastModified)) return new Response(null, { status: 304, headers: notModifiedHeaders(headers) })
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(entry.body), { status: entry.status, headers })
}

function segmentsOf(pathname: string): string[] {
  const raw = pathname.slice(apiVersionPrefix.length).split('/').filter(Boolean)
  try {
    return raw.map((s) => decodeURIComponent(s))
  } catch {
    // A bad percent-encoding (e.g. "/topics/%E0%A4%A") names no resource; it was a 500.
    throw new NotFound(`No such resource: ${pathname}.`)
  }
}

/**
 * The newest change-feed time, as a lower bound of an answer's Last-Modified. Read outside the
 * answer's dependencies: the answer's content does not come from the feed, and recording it
 * would purge every answer at every change anywhere.
 */
function stampOf(payload: Awaited<ReturnType<typeof getContentPayload>>): Promise<string | null> {
  return outsideDependencies(() => latestChangeAt(payload))
}

async function build(pathname: string, query: URLSearchParams, base: string): Promise<Built> {
  const segments = segmentsOf(pathname)
  const [first, second, ...rest] = segments
  if (segments.length === 0) {
    parseNoParams(query)
    return {
      status: 200,
      contentType: jsonType,
      lastModified: startedAt,
      body: json({
        name: 'Mediglot partner content API',
        version: 'v1',
        openapi: `${base}${apiVersionPrefix}/openapi.json`,
        reference: `${base}${apiVersionPrefix}/reference`,
        resources: [...listableCollections, 'catalogue', 'changes'].map((r) => `${base}${apiVersionPrefix}/${r}`),
      }),
    }
  }
  if (first === 'openapi.json' && !second) {
    parseNoParams(query)
    return { status: 200, contentType: jsonType, lastModified: startedAt, body: json(openApiDocument(base)) }
  }
  if (first === 'reference' && !second) {
    parseNoParams(query)
    return { status: 200, contentType: 'text/html; charset=utf-8', lastModified: startedAt, body: referencePage(openApiDocument(base)) }
  }
  if (first === 'catalogue' && !second) return buildCatalogue(query, base)
  if (first === 'changes' && !second) return buildChanges(query, base)
  const collection = listableCollections.find((c) => c === first)
  if (collection && rest.length === 0) {
    return second === undefined ? buildList(collection, query, base) : buildDetail(collection, second, query, base)
  }
  throw new NotFound(`No such resource: ${pathname}. Resources: ${[...listableCollections, 'catalogue', 'changes'].map((r) => `${apiVersionPrefix}/${r}`).join(', ')}.`)
}

const isSlugCursor = (v: Record<string, unknown>): v is { s: string; a: string } => typeof v.a === 'string'

async function buildList(collection: ListableCollection, query: URLSearchParams, base: string): Promise<Built> {
  const params = parseListParams(query)
  // A cursor belongs to one collection, language and filter.
  const scope = `${collection}|${params.locale}|${params.updatedSince?.toISOString() ?? ''}`
  const after = params.cursor ? decodeCursor(params.cursor, scope, isSlugCursor).a : null
  const page = await listPublicPage(collection, params.locale, { afterSlug: after, limit: params.limit, updatedSince: params.updatedSince })
  const payload = await partnerPayload()
  const data = page.docs.map((doc) => serializeListItem(collection, doc, params.locale, base))
  const next = page.hasMore && page.lastSlug ? encodeCursor({ s: scope, a: page.lastSlug }) : null
  const nextUrl = next ? withQuery(`${base}${apiVersionPrefix}/${collection}`, { ...Object.fromEntries(query), cursor: next }) : null
  return {
    status: 200,
    contentType: jsonType,
    lastModified: latest(await stampOf(payload), ...data.map((d) => d.updatedAt)),
    body: json({ data, total: page.total, limit: params.limit, next, links: { next: nextUrl } }),
  }
}

function withQuery(url: string, query: Record<string, string>): string {
  const search = new URLSearchParams(query).toString()
  return search ? `${url}?${search}` : url
}

async function buildDetail(collection: ListableCollection, slug: string, query: URLSearchParams, base: string): Promise<Built> {
  const { locale } = parseDetailParams(query)
  const payload = await partnerPayload()
  if (collection === 'sources') {
    const raw = await findPublicBySlug(collection, slug, locale)
    if (!raw) throw new NotFound(`No public source "${slug}".`)
    const source = sourceFromRaw(raw)
    return { status: 200, contentType: jsonType, lastModified: latest(source.updatedAt, await stampOf(payload)), body: json({ ...source, locale }) }
  }
  const doc = await getPublishedDocument(collection as ContentCollectionSlug, slug, locale, { englishMarker: getT(locale)('englishMarker') })
  if (!doc) throw new NotFound(`No public ${typeOf[collection]} "${slug}" in locale "${locale}".`)
  return {
    status: 200,
    contentType: jsonType,
    lastModified: latest(doc.updatedAt, await stampOf(payload)),
    body: json(serializeDocument(doc, base)),
  }
}

async function buildCatalogue(query: URLSearchParams, base: string): Promise<Built> {
  parseNoParams(query)
  const payload = await partnerPayload()
  const entries = await publicCatalogue()
  const data = entries.map((entry) => ({
    id: stableId(entry.collection, entry.slug),
    type: typeOf[entry.collection],
    slug: entry.slug,
    locales: entry.locales,
    titles: entry.titles,
    createdAt: new Date(entry.createdAt).toISOString(),
    updatedAt: new Date(entry.updatedAt).toISOString(),
    urls: entry.locales.map((locale) => ({
      locale,
      siteUrl: entry.collection === 'sources' ? null : siteUrl(base, entry.collection as ContentCollectionSlug, entry.slug, locale),
      apiUrl: apiUrl(base, entry.collection, entry.slug, locale),
    })),
  }))
  return {
    status: 200,
    contentType: jsonType,
    lastModified: latest(await stampOf(payload), ...data.map((d) => d.updatedAt)),
    body: json({ data, total: data.length }),
  }
}

/** A change-feed position: a real time (a forged "t" reached the database as an invalid date, a 500) and a finite id. */
const isChangeCursor = (v: Record<string, unknown>): v is { s: string; t: string; i: number | string } =>
  typeof v.t === 'string' && !Number.isNaN(Date.parse(v.t)) &&
  ((typeof v.i === 'number' && Number.isFinite(v.i)) || (typeof v.i === 'string' && /^[0-9a-f]{1,24}$/i.test(v.i)))

async function buildChanges(query: URLSearchParams, base: string): Promise<Built> {
  const { since, limit } = parseChangesParams(query)
  let after: { t: string; i: number | string } | null = null
  let from: Date | null = null
  if (since) {
    if (/^\d{4}-\d{2}-\d{2}/.test(since)) from = parseDate(new URLSearchParams({ since }), 'since')
    else after = decodeCursor(since, 'changes', isChangeCursor)
  }
  const payload = await partnerPayload()
  await recordPendingChanges(payload)
  const where: Where = after
    ? { or: [{ createdAt: { greater_than: after.t } }, { and: [{ createdAt: { equals: after.t } }, { id: { greater_than: after.i } }] }] }
    : from
      ? { createdAt: { greater_than_equal: from.toISOString() } }
      : {}
  // The change log is the partners' own feed, not reader content: read with the server's rights.
  const rows = (
    await payload.find({ collection: apiChangesSlug, where, sort: ['createdAt', 'id'], limit: limit + 1, pagination: false, depth: 0, overrideAccess: true })
  ).docs as unknown as Array<{ id: number | string; event: string; documentId: string; type: string; slug: string; locale: string; locales?: string[] | null; createdAt: string }>
  const hasMore = rows.length > limit
  const shown = rows.slice(0, limit)
  const collectionOfType = Object.fromEntries(Object.entries(typeOf).map(([c, t]) => [t, c])) as Record<string, ListableCollection>
  const data = shown.map((row) => {
    const stillPublic = row.event === 'published' || row.event === 'updated'
    return {
      event: row.event,
      id: row.documentId,
      type: row.type,
      slug: row.slug,
      locale: row.locale,
      locales: row.locales ?? [],
      occurredAt: new Date(row.createdAt).toISOString(),
      apiUrl: stillPublic && collectionOfType[row.type] ? apiUrl(base, collectionOfType[row.type], row.slug, row.locale as 'en') : null,
    }
  })
  const last = shown.at(-1)
  // Always a cursor to resume from, even on an empty page: poll with it until something new appears.
  const next = last ? encodeCursor({ s: 'changes', t: last.createdAt, i: last.id }) : (since ?? encodeCursor({ s: 'changes', t: new Date(0).toISOString(), i: 0 }))
  return {
    status: 200,
    contentType: jsonType,
    lastModified: latest(await latestChangeAt(payload)),
    body: json({ data, next, hasMore, links: { next: withQuery(`${base}${apiVersionPrefix}/changes`, { since: next, ...(query.has('limit') ? { limit: String(limit) } : {}) }) } }),
  }
}

