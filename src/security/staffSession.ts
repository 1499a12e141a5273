/**
 * Whether a request carries a signed-in staff member's session: a `payload-token` cookie (or a
 * `JWT …` authorization) that Payload signed for the users collection and that has not expired.
 * Checked synchronously before Payload sees the request, so the request guard can allow staff
 * what the admin itself asks (pages of 250 for its relationship cells) while anonymous callers
 * and partners keep the strict caps. Only the signature and expiry are checked here; Payload
 * still authenticates the request (session, lockout) as always.
 */
import crypto from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/** Payload's signing key: the first 32 hex digits of SHA-256(PAYLOAD_SECRET) (payload/dist/index.js). */
export function payloadSigningKey(secret: string): string {
  return crypto.createHash('sha256').update(secret).digest('hex').slice(0, 32)
}

function tokenOf(headers: IncomingHttpHeaders): string | null {
  const authorization = headers.authorization?.trim()
  const jwt = authorization ? /^JWT\s+(\S+)$/i.exec(authorization) : null
  if (jwt) return jwt[1]
  const cookie = headers.cookie
  if (!cookie) return null
  for (const part of cookie.split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === 'payload-token') return value.join('=') || null
  }
  return null
}

/** True when the token is an HS256 JWT signed with `signingKey` for a user, not expired. */
export function isStaffToken(token: string, signingKey: string, now = Date.now()): boolean {
  const parts = token.split('.')
  if (parts.length !== 3) return false
  const [header, body, signature] = parts
  const expected = crypto.createHmac('sha256', signingKey).update(`${header}.${body}`).digest()
  let given: Buffer
  try {
    given = Buffer.from(signature, 'base64url')
  } catch {
    return false
  }
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return false
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { collection?: unknown; exp?: unknown }
    return claims.collection === 'users' && typeof claims.exp === 'number' && claims.exp * 1000 > now
  } catch {
    return false
  }
}

let cachedKey: { secret: string; key: string } | null = null

/** The request's staff session, judged with this process's PAYLOAD_SECRET. */
export function hasStaffSession(headers: IncomingHttpHeaders, secret = process.env.PAYLOAD_SECRET): boolean {
  if (!secret) return false
  const token = tokenOf(headers)
  if (!token) return false
  if (cachedKey?.secret !== secret) cachedKey = { secret, key: payloadSigningKey(secret) }
  return isStaffToken(token, cachedKey.key)
}
