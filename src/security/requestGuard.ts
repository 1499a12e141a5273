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

export interface Refusal {
  status: 400 | 404 | 405 | 415
  message: string
}

const allowedMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

/** Our collections whose ids are numbers (SQLite); Payload's internal ones keep their own routes. */
const numericIdCollections = new Set([
  'topics', 'causes', 'treatments', 'faqs', 'sources', 'media', 'users', 'review-events',
  'partners', 'api-changes', 'api-document-states', 'webhook-deliveries', 'payload-locked-documents',
])
const authCollections = new Set(['users', 'partners'])
/** Payload's named routes under /api/{collection}/ (everything else there is an id). */
const collectionRoutes = new Set(['count', 'versions', 'access'])
const authRoutes = new Set(['init', 'me', 'login', 'logout', 'refresh-token', 'first-register', 'forgot-password', 'reset-password', 'unlock', 'verify'])

/** Payload turns an id into a number with parseFloat; anything that does not parse reaches SQL as NaN. */
const isNumericId = (segment: string) => Number.isFinite(Number.parseFloat(segment))

/** Payload's where operators that work on our fields; near/within/intersects need point fields (we have none). */
const operators = new Set([
  'equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'contains', 'like', 'not_like',
  'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal',
])

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
    for (const operator of Object.keys(value)) {
      if (!operators.has(operator)) return bad(`Unknown operator "${operator}" in ${path}[${key}]. Allowed: ${[...operators].join(', ')}.`)
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

/** /api/{collection}/{…}: ids where Payload expects an id, and collection names that are real names. */
function checkRestPath(segments: string[]): Refusal | null {
  const [collection, first, second] = segments
  if (collection === undefined) return null
  // Payload looks collections up on a plain object: "toString" or "__proto__" would be found.
  if (collection in Object.prototype) return { status: 404, message: `No collection "${collection}".` }
  if (!numericIdCollections.has(collection) || first === undefined) return null
  const named = collectionRoutes.has(first) || (authCollections.has(collection) && authRoutes.has(first))
  if (!named && !isNumericId(first)) return { status: 404, message: `No ${collection} document "${first}": ids are numbers.` }
  if (first === 'versions' && second !== undefined && !isNumericId(second)) return { status: 404, message: `No version "${second}": ids are numbers.` }
  return null
}

/** Why `req` must be refused, or null when it may go on. */
export function checkRequest(method: string, url: string, headers: IncomingMessage['headers']): Refusal | null {
  if (!allowedMethods.has(method)) return { status: 405, message: `Method ${method} is not allowed.` }
  const [rawPath, ...rest] = url.split('?')
  const search = rest.join('?')
  let segments: string[]
  try {
    segments = rawPath.split('/').filter(Boolean).map((s) => decodeURIComponent(s))
  } catch {
    return bad('The path is not valid percent-encoding.')
  }
  if (segments.some((s) => s.includes('\0'))) return bad('The path contains a NUL character.')

  const contentType = (headers['content-type'] ?? '').toLowerCase()
  if (contentType.startsWith('multipart/') && !/;\s*boundary=/.test(contentType)) return bad('A multipart body needs a boundary.')

  if (segments[0] !== 'api' || segments[1] === 'v1') return null
  if (segments[1] === 'graphql') {
    // Payload's GraphQL reads JSON; a multipart or text body makes it fail with a 500.
    if (method === 'POST' && !contentType.startsWith('application/json')) return { status: 415, message: 'GraphQL takes a JSON body (Content-Type: application/json).' }
    return null
  }
  return checkRestPath(segments.slice(1)) ?? checkRestQuery(search)
}

/** Answers a malformed request with a JSON 4xx and returns true; returns false to let it through. */
export function rejectMalformedRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const refusal = checkRequest(req.method ?? 'GET', req.url ?? '/', req.headers)
  if (!refusal) return false
  req.resume() // discard any body, so the connection stays usable
  res.writeHead(refusal.status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...(refusal.status === 405 ? { allow: [...allowedMethods].join(', ') } : {}),
  })
  // The same shape as Payload's own errors, so clients read one format.
  res.end(JSON.stringify({ errors: [{ message: refusal.message }] }))
  return true
}
