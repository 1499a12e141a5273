/**
 * One rate limit over every door of the server (site pages, Payload REST and GraphQL, the admin,
 * the partner API): per partner key, per signed-in staff member, and per anonymous client.
 * Before this, /api/v1 held a key to 120 a minute while the same content through /api/causes,
 * with the same key or anonymously, was never limited (issue 10, finding 10).
 *
 * - A request with a partner key the registry knows takes from that key's bucket (the partner's
 *   own limit); /api/v1 counts it there itself (src/partner-api), so it is not counted twice.
 * - A request with a valid staff session (Payload's JWT, cookie or `Authorization: JWT`, checked
 *   here by its signature) takes from the staff member's bucket, large enough that the admin is
 *   never throttled in normal use.
 * - Anything else is an anonymous client, counted by its address (X-Forwarded-For only when
 *   TRUST_PROXY=1). A made-up key or token is anonymous: it cannot buy a fresh bucket.
 * Static build assets are not counted. The counts live in src/security/rateLimitStore.ts (one
 * process's memory today; swap the store to share them across instances).
 */
import crypto from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { hashKey, keyFromHeaders, knownKey } from '../partner-api/keys'
import { partnerBucket, rateLimitHeaders } from '../partner-api/rateLimit'
import { trustProxy } from '../security/headers'
import { rateLimitStore, type RateDecision } from '../security/rateLimitStore'

const perMinute = (value: string | undefined, fallback: number) => {
  const parsed = Number.parseInt(value ?? '', 10)
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback
}

/** Requests a minute for one anonymous client (RATE_LIMIT_ANONYMOUS_PER_MINUTE). */
export const anonymousLimit = () => perMinute(process.env.RATE_LIMIT_ANONYMOUS_PER_MINUTE, 600)
/** Requests a minute for one signed-in staff member (RATE_LIMIT_STAFF_PER_MINUTE). */
export const staffLimit = () => perMinute(process.env.RATE_LIMIT_STAFF_PER_MINUTE, 6000)

const uncounted = /^\/(_next\/static\/|favicon\.ico$|icon(\.|$)|apple-icon)/

export interface RateClient {
  bucket: string
  limit: number
  kind: 'partner' | 'staff' | 'anonymous'
}

function header(headers: IncomingMessage['headers'], name: string): string | null {
  const value = headers[name]
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null)
}

/** Payload signs sessions with HS256 and the first 32 hex characters of SHA-256(PAYLOAD_SECRET). */
function payloadSigningKey(): string | null {
  const secret = process.env.PAYLOAD_SECRET
  return secret ? crypto.createHash('sha256').update(secret).digest('hex').slice(0, 32) : null
}

/** The staff member a Payload session token names, when its signature and expiry hold. */
export function staffIdFromToken(
  token: string,
  signingKey: string | null,
  now = Date.now(),
): string | null {
  if (!signingKey) return null
  const parts = token.split('.')
  if (parts.length !== 3) return null
  const expected = crypto
    .createHmac('sha256', signingKey)
    .update(`${parts[0]}.${parts[1]}`)
    .digest()
  const given = Buffer.from(parts[2], 'base64url')
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null
  try {
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as {
      id?: unknown
      collection?: unknown
      exp?: unknown
    }
    if (
      claims.collection !== 'users' ||
      (typeof claims.id !== 'number' && typeof claims.id !== 'string')
    )
      return null
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) return null
    return String(claims.id)
  } catch {
    return null
  }
}

function sessionToken(headers: IncomingMessage['headers']): string | null {
  const authorization = header(headers, 'authorization')
  if (authorization?.startsWith('JWT ')) return authorization.slice(4).trim()
  const cookie = header(headers, 'cookie')
  const match = cookie ? /(?:^|;\s*)payload-token=([^;]+)/.exec(cookie) : null
  if (!match) return null
  try {
    return decodeURIComponent(match[1])
  } catch {
    return null // not percent-encoding: no token, an anonymous client
  }
}

export function clientAddress(req: IncomingMessage): string {
  if (trustProxy()) {
    const forwarded = header(req.headers, 'x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  return req.socket.remoteAddress ?? 'unknown'
}

/** Whose bucket a request takes from. */
export function rateClient(req: IncomingMessage, signingKey = payloadSigningKey()): RateClient {
  const key = keyFromHeaders((name) => header(req.headers, name))
  if (key) {
    const keyHash = hashKey(key)
    const partner = knownKey(keyHash)
    if (partner)
      return { bucket: partnerBucket(keyHash), limit: partner.rateLimitPerMinute, kind: 'partner' }
  }
  const token = sessionToken(req.headers)
  const staffId = token ? staffIdFromToken(token, signingKey) : null
  if (staffId) return { bucket: `staff:${staffId}`, limit: staffLimit(), kind: 'staff' }
  return { bucket: `client:${clientAddress(req)}`, limit: anonymousLimit(), kind: 'anonymous' }
}

/** Answers a request over its client's limit with a 429 and returns true. */
export function refuseOverLimit(req: IncomingMessage, res: ServerResponse): boolean {
  try {
    return refuseOverLimitUnguarded(req, res)
  } catch {
    return false // a limiter fault must never cost a request its answer
  }
}

function refuseOverLimitUnguarded(req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? '/').split('?')[0]
  if (uncounted.test(path)) return false
  // The partner API counts its keys itself (fast path and route handler), and answers a key it
  // does not know with a 401: a key not yet seen by this process is not an anonymous client there.
  const partnerPath = path === '/api/v1' || path.startsWith('/api/v1/')
  if (partnerPath && keyFromHeaders((name) => header(req.headers, name))) return false
  const client = rateClient(req)
  const decision: RateDecision = rateLimitStore().take(client.bucket, client.limit)
  if (decision.allowed) return false
  req.resume()
  const body = JSON.stringify({
    errors: [
      {
        message: `Too many requests: the limit is ${decision.limit} a minute. Retry after ${decision.retryAfter} s.`,
      },
    ],
  })
  res.writeHead(429, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': String(Buffer.byteLength(body)),
    ...rateLimitHeaders(decision),
  })
  res.end(body)
  return true
}
