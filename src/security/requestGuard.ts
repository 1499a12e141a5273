/**
 * Refuses malformed requests before Next and Payload see them, with a clear JSON 4xx. Payload
 * (and Next) answer some hostile input with a 500: an id that is not a number reaches SQLite as
 * NaN, a collection named `toString` is looked up on a plain object, `where=abc` goes to
 * JSON.parse, `page=Infinity` to the database, geo operators to text columns, and a bad
 * percent-encoding in the path throws in the router. Found by tests/battery/fuzz.battery.test.ts.
 *
 * Only what is certainly wrong is refused: the admin panel's own requests (REST with
 * where/sort/limit/page/depth/draft/locale, multipart form posts with a boundary, string keys of
 * payload-preferences) must keep working.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { parse } from 'qs-esm'

import {
  apiChangesSlug,
  apiDocumentStatesSlug,
  contentCollectionSlugs,
  mediaSlug,
  partnersSlug,
  reviewEventsSlug,
  sourcesSlug,
  usersSlug,
  webhookDeliveriesSlug,
  glossarySlug,
} from '../collections/slugs'
import { defaultLocale, locales } from '../i18n/locales'
import { maxRestDepth } from '../lib/readLimits'

import { hasStaffSession } from './staffSession'

export interface Refusal {
  status: 400 | 404 | 405 | 415
  message: string
  /** For a 405: the methods the resource does answer. */
  allow?: string[]
}

const allowedMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

/** Our collections whose ids are numbers (SQLite) or ObjectIds (MongoDB); Payload's internal ones keep their own routes. */
const numericIdCollections = new Set<string>([
  ...contentCollectionSlugs, sourcesSlug, mediaSlug, usersSlug, reviewEventsSlug, glossarySlug,
  partnersSlug, apiChangesSlug, apiDocumentStatesSlug, webhookDeliveriesSlug, 'payload-locked-documents', 'payload-jobs',
])
const authCollections = new Set<string>([usersSlug, partnersSlug])
/** Collections with versions: only these have /versions routes (elsewhere "versions" would be read as an id). */
const versionedCollections = new Set<string>([...contentCollectionSlugs, sourcesSlug])
/**
 * Payload's named routes under /api/{collection}/ and the methods each answers; with another
 * method Payload reads the name as a document id (a 500 in SQL). Email verification is off, so
 * /verify/… is no route of ours.
 */
const collectionRoutes: Record<string, string[]> = { count: ['GET'], access: ['POST'] }
const jobRoutes: Record<string, string[]> = { run: ['GET'], 'handle-schedules': ['GET'] }
/** Upload collections serve their files under /file/{filename} (read as a document id, every image was a 404). */
const uploadRoutes: Record<string, string[]> = { file: ['GET'] }
const uploadCollections = new Set<string>([mediaSlug])
const authRoutes: Record<string, string[]> = {
  init: ['GET'], me: ['GET'], login: ['POST'], logout: ['POST'], 'refresh-token': ['POST'], 'first-register': ['POST'],
  'forgot-password': ['POST'], 'reset-password': ['POST'], unlock: ['POST'],
}
/** The largest page a REST read may ask for (the admin's largest list page). */
const maxRestLimit = 100
/**
 * The largest page a signed-in staff member may ask for: the admin's list cells look up the
 * documents a column links to (the audit trail's "By") in pages of 250.
 */
export const maxStaffRestLimit = 250

/** Locales a REST caller may name (Payload also accepts `*` for all). */
const knownLocales = new Set<string>([...locales, 'all', '*'])

/**
 * A document id: a number on SQLite (Payload turns an id into a number with parseFloat, and
 * anything that does not parse reaches SQL as NaN), a 24-hex ObjectId on MongoDB (which may
 * start with a letter, so it must not be judged by parseFloat).
 */
const isNumericId = (segment: string) => Number.isFinite(Number.parseFloat(segment)) || /^[0-9a-f]{24}$/i.test(segment)

/** Payload's where operators that work on our fields; near/within/intersects need point fields (we have none). */
const operators = new Set([
  'equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'contains', 'like', 'not_like',
  'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal',
])

/** Our date fields (Payload's createdAt/updatedAt, the review and partner dates), by their last path segment. */
const dateFields = new Set(['createdAt', 'updatedAt', 'lastUsedAt', 'changedAt', 'submittedAt', 'approvedAt', 'lastReviewed', 'nextReviewDue'])

/** Operators whose operand may be a list. */
const listOperators = new Set(['in', 'not_in', 'all'])

const bad = (message: string): Refusal => ({ status: 400, message })

/** A where clause must be an object of and/or arrays and field conditions with known operators. */
function checkWhere(where: unknown, path: string): Refusal | null {
  if (where === null || typeof where !== 'object' || Array.isArray(where)) return bad(`"${path}" must be an object of conditions.`)
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      // qs turns and[0]=… into an array, and[x]=… into an object: both are lists of clauses.
      const clauses = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : null
      if (!clauses) return bad(`"${path}[${key}]" must be a list of conditions.`)
      for (const [i, clause] of clauses.entries()) {
        const refusal = checkWhere(clause, `${path}[${key}][${i}]`)
        if (refusal) return refusal
      }
      continue
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return bad(`"${path}[${key}]" must name an operator, e.g. ${path}[${key}][equals]=….`)
    for (const [operator, operand] of Object.entries(value)) {
      if (!operators.has(operator)) return bad(`Unknown operator "${operator}" in ${path}[${key}]. Allowed: ${[...operators].join(', ')}.`)
      // Query-string operands are text; a list (in, not_in, all) is a list of texts. A nested
      // object (where[title][equals][x]=1) would reach SQL as an object.
      const list = listOperators.has(operator) && operand !== null && typeof operand === 'object' ? Object.values(operand) : [operand]
      if (!list.every((item) => typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean' || item === null))
        return bad(`"${path}[${key}][${operator}]" must be a value${listOperators.has(operator) ? ' or a list of values' : ''}, not an object.`)
      // Payload drops a date it cannot parse and SQLite is then handed `undefined` (a 500).
      if (operator !== 'exists' && dateFields.has(key.split('.').at(-1) ?? '') && !list
        .flatMap((item) => (listOperators.has(operator) && typeof item === 'string' ? item.split(',') : [item])) // Payload splits "a,b" lists
        .every((item) => (typeof item === 'string' || typeof item === 'number') && !Number.isNaN(new Date(item).getTime())))
        return bad(`"${path}[${key}][${operator}]" must be a date (e.g. 2026-01-31 or 2026-01-31T12:00:00Z).`)
    }
  }
  return null
}

function parseJSON(value: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(value) }
  } catch {
    return { ok: false }
  }
}

/** Query parameters of Payload REST that Payload would pass on unchecked. */
function checkRestQuery(search: string): Refusal | null {
  if (!search) return null
  const query = parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) // as Payload parses it as Record<string, unknown>
  for (const name of ['page', 'limit', 'depth']) {
    const value = query[name]
    if (value !== undefined && (typeof value !== 'string' || !/^\d{1,9}$/.test(value))) return bad(`"${name}" must be a whole number.`)
  }
  // Our content links to itself (related topics, causes, treatments, FAQs, sources): each level
  // of population multiplies the answer. depth=3 on /api/topics was 42 MB, depth=5 a 500 after
  // 9 s and depth=7 blocked the server for good. Payload's own default is 2; the admin asks 0 or 1.
  if (typeof query.depth === 'string' && Number(query.depth) > maxRestDepth) return bad(`"depth" must be at most ${maxRestDepth}.`)
  for (const name of ['where', 'data']) {
    const value = query[name]
    // Payload accepts both as JSON text too and parses it unguarded.
    if (typeof value === 'string' && value.length > 0) {
      const parsed = parseJSON(value)
      if (!parsed.ok) return bad(`"${name}" is neither JSON nor ${name}[…] parameters.`)
      if (name === 'where') return checkWhere(parsed.value, 'where')
    } else if (name === 'where' && value !== undefined) {
      const refusal = checkWhere(value, 'where')
      if (refusal) return refusal
    }
  }
  return null
}

/**
 * A REST read is a page of at most 100 documents: `limit=0` and `pagination=false` mean "all of
 * them" to Payload, a whole collection populated two levels deep in one answer (a few callers
 * could hold the server's memory and CPU). The admin reads pages of 5 to 100; counting is
 * `/api/{collection}/count` or `limit=1` and `totalDocs`.
 */
function checkReadSize(method: string, search: string, isStaff: () => boolean): Refusal | null {
  if ((method !== 'GET' && method !== 'HEAD') || !search) return null
  const params = new URLSearchParams(search)
  const limit = params.get('limit')
  if (limit !== null && /^\d{1,9}$/.test(limit) && (Number(limit) < 1 || Number(limit) > maxRestLimit)) {
    const staffMayAsk = Number(limit) >= 1 && Number(limit) <= maxStaffRestLimit && isStaff()
    if (!staffMayAsk) return bad(`"limit" must be between 1 and ${maxRestLimit} (use "page" for more; /count for a count).`)
  }
  if (params.get('pagination') === 'false') return bad(`"pagination=false" is not allowed: read pages of at most ${maxRestLimit}.`)
  return null
}

/** GET and HEAD read alike; OPTIONS (CORS preflight) is Payload's to answer on any route. */
const sameMethod = (method: string, allowed: string[]) => method === 'OPTIONS' || allowed.includes(method === 'HEAD' ? 'GET' : method)

/** /api/{collection}/{…}: ids where Payload expects an id, named routes with their own methods, real collection names. */
function checkRestPath(method: string, segments: string[]): Refusal | null {
  const [collection, first, second] = segments
  if (collection === undefined) return null
  // Payload looks collections up on a plain object: "toString" or "__proto__" would be found.
  if (collection in Object.prototype) return { status: 404, message: `No collection "${collection}".` }
  // /versions/{id} of a collection without versions reaches Payload's version lookup (a 500).
  if (first === 'versions' && second !== undefined && !versionedCollections.has(collection)) return { status: 404, message: `${collection} has no versions.` }
  // Payload's delete of a preference fails in SQL for every user (its drizzle adapter cannot
  // filter on the polymorphic user relation), a 500; the admin never deletes preferences.
  if (collection === 'payload-preferences' && first !== undefined && method === 'DELETE')
    return { status: 405, message: 'Preferences are not deleted over the API.', allow: ['GET', 'POST', 'OPTIONS'] }
  if (!numericIdCollections.has(collection) || first === undefined) return null
  const routes: Record<string, string[]> = {
    ...collectionRoutes,
    ...(authCollections.has(collection) ? authRoutes : {}),
    ...(collection === 'payload-jobs' ? jobRoutes : {}),
    ...(uploadCollections.has(collection) ? uploadRoutes : {}),
    ...(versionedCollections.has(collection) ? { versions: second === undefined ? ['GET'] : ['GET', 'POST'] } : {}),
  }
  const allowed = Object.hasOwn(routes, first) ? routes[first] : undefined
  if (allowed) {
    if (!sameMethod(method, allowed)) return { status: 405, message: `/api/${collection}/${first} answers ${allowed.join(', ')} only.`, allow: [...allowed, 'OPTIONS'] }
    if (first === 'versions' && second !== undefined && !isNumericId(second)) return { status: 404, message: `No version "${second}": ids are numbers.` }
    return null
  }
  if (!isNumericId(first)) return { status: 404, message: `No ${collection} route or document "${first}" (document ids are numbers).` }
  return null
}

/** Payload reads a write's body as JSON or multipart only; anything else leaves it without data (a 500 in its hooks). */
function checkWriteBody(method: string, headers: IncomingMessage['headers'], contentType: string): Refusal | null {
  if (method !== 'POST' && method !== 'PATCH' && method !== 'PUT') return null
  const hasBody = headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0
  if (!hasBody) return null
  const type = contentType.split(';', 1)[0].trim()
  if (type === 'application/json' || type === 'multipart/form-data') return null
  // The admin's relationship fields POST a form-encoded query with this override (a read).
  const override = headers['x-payload-http-method-override'] ?? headers['x-http-method-override']
  if (type === 'application/x-www-form-urlencoded' && override === 'GET') return null
  return { status: 415, message: 'A request body must be JSON (Content-Type: application/json) or multipart/form-data.' }
}

/** Payload with fallback off leaves an unknown locale as it came, and it reaches the query builder. */
function checkLocale(search: string): Refusal | null {
  const locale = new URLSearchParams(search).get('locale') // as Payload reads it
  if (locale !== null && !knownLocales.has(locale)) return bad(`Unknown locale "${locale}". Use one of: en, zh, all.`)
  return null
}

/**
 * Why `req` must be refused, or null when it may go on. `isStaff` says whether the request
 * carries a staff session; asked only when that matters (a page larger than 100).
 */
export function checkRequest(
  method: string,
  url: string,
  headers: IncomingMessage['headers'],
  isStaff: () => boolean = () => hasStaffSession(headers),
): Refusal | null {
  if (!allowedMethods.has(method)) return { status: 405, message: `Method ${method} is not allowed.` }
  const [rawPath, ...rest] = url.split('?')
  const search = rest.join('?')
  let segments: string[]
  try {
    // Classified as Next routes it: dot segments resolved (/api/../en is /en).
    const pathname = new URL(`http://localhost${rawPath.startsWith('/') ? '' : '/'}${rawPath}`).pathname
    segments = pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s))
  } catch {
    return bad('The path is not valid percent-encoding.')
  }
  if (segments.some((s) => s.includes('\0'))) return bad('The path contains a NUL character.')

  const contentType = (headers['content-type'] ?? '').toLowerCase()
  if (contentType.startsWith('multipart/') && !/;\s*boundary=/.test(contentType)) return bad('A multipart body needs a boundary.')

  if (segments[0] !== 'api' && segments[0] !== 'admin') {
    // The public site has no forms and no server actions: it is read only. (A POST with a
    // multipart body made Next try to parse it as a form action, a 500 when it was malformed.)
    if (!sameMethod(method, ['GET'])) return { status: 405, message: `The site answers GET and HEAD only.`, allow: ['GET', 'HEAD', 'OPTIONS'] }
    return null
  }
  if (segments[0] !== 'api' || segments[1] === 'v1') return null
  if (segments[1] === 'graphql') {
    // Payload's GraphQL reads JSON; a multipart or text body makes it fail with a 500.
    if (method === 'POST' && !contentType.startsWith('application/json')) return { status: 415, message: 'GraphQL takes a JSON body (Content-Type: application/json).' }
    return null
  }
  return checkRestPath(method, segments.slice(1)) ?? checkWriteBody(method, headers, contentType) ?? checkLocale(search) ?? checkRestQuery(search) ?? checkReadSize(method, search, isStaff)
}

/**
 * Payload leaves `req.locale` null when a REST read names no locale (our localization has no
 * fallback), and its query validation then fails on a staff member's where clause (a 500). A read
 * without a locale is a read of the default locale, as Payload documents it: say so in the URL.
 */
function withDefaultLocale(req: IncomingMessage): void {
  const method = req.method ?? 'GET'
  const url = req.url ?? '/'
  if (method !== 'GET' && method !== 'HEAD') return
  if (!url.startsWith('/api/') || url.startsWith('/api/v1') || url.startsWith('/api/graphql')) return
  const query = url.indexOf('?')
  if (query >= 0 && new URLSearchParams(url.slice(query + 1)).has('locale')) return
  req.url = `${url}${query >= 0 ? '&' : '?'}locale=${defaultLocale}`
}

const ignoreAbort = () => {}

/** Answers a malformed request with a JSON 4xx and returns true; returns false to let it through. */
export function rejectMalformedRequest(req: IncomingMessage, res: ServerResponse): boolean {
  // A client that drops a request mid-body makes the stream emit 'error' ("aborted"); an 'error'
  // nobody listens to is an uncaughtException. Nothing else is to be done: the response ends with
  // the socket. (Next's own web-stream reader of the body may still log one; see the battery.)
  req.on('error', ignoreAbort)
  const refusal = checkRequest(req.method ?? 'GET', req.url ?? '/', req.headers)
  if (!refusal) {
    withDefaultLocale(req)
    return false
  }
  req.resume() // discard any body, so the connection stays usable
  res.writeHead(refusal.status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...(refusal.status === 405 ? { allow: (refusal.allow ?? [...allowedMethods]).join(', ') } : {}),
  })
  // The same shape as Payload's own errors, so clients read one format.
  res.end(JSON.stringify({ errors: [{ message: refusal.message }] }))
  return true
}
