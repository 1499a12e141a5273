import crypto from 'node:crypto'

import { notModifiedHeaders, varyWithEncoding } from '@/cache/fastPath'
import { securityHeaders } from '@/security/headers'
import { memoryRateLimitStore } from '@/security/rateLimitStore'
import { staffIdFromToken } from '@/server/rateLimit'

const signingKey = crypto.createHash('sha256').update('unit-secret').digest('hex').slice(0, 32)
function token(claims: Record<string, unknown>, key = signingKey): string {
  const head = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url')
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  const signature = crypto.createHmac('sha256', key).update(`${head}.${body}`).digest('base64url')
  return `${head}.${body}.${signature}`
}
const inAnHour = Math.floor(Date.now() / 1000) + 3600

describe('staffIdFromToken', () => {
  it('names the staff member of a validly signed, unexpired users token', () => {
    expect(staffIdFromToken(token({ id: 7, collection: 'users', exp: inAnHour }), signingKey)).toBe(
      '7',
    )
  })

  it('treats a forged, expired, partner or garbage token as no one', () => {
    expect(
      staffIdFromToken(
        token({ id: 7, collection: 'users', exp: inAnHour }, 'another-key'),
        signingKey,
      ),
    ).toBeNull()
    expect(staffIdFromToken(token({ id: 7, collection: 'users', exp: 1 }), signingKey)).toBeNull()
    expect(
      staffIdFromToken(token({ id: 7, collection: 'partners', exp: inAnHour }), signingKey),
    ).toBeNull()
    expect(staffIdFromToken('x.y.z', signingKey)).toBeNull()
    expect(staffIdFromToken(token({ id: 7, collection: 'users', exp: inAnHour }), null)).toBeNull()
  })
})

describe('memoryRateLimitStore', () => {
  it('allows a burst up to the limit, refuses the next with a retry time, and refills evenly', () => {
    const store = memoryRateLimitStore()
    const now = 1_000_000
    for (let i = 0; i < 3; i++) expect(store.take('client:a', 3, now).allowed).toBe(true)
    const refused = store.take('client:a', 3, now)
    expect(refused).toMatchObject({ allowed: false, remaining: 0 })
    expect(refused.retryAfter).toBeGreaterThanOrEqual(1)
    expect(store.take('client:b', 3, now).allowed).toBe(true) // another client has its own bucket
    expect(store.take('client:a', 3, now + 20_000).allowed).toBe(true) // a third of a minute: one request back
  })
})

describe('conditional answer headers', () => {
  it("keeps Next's Vary and always names Accept-Encoding once", () => {
    expect(varyWithEncoding('rsc, next-router-state-tree, Accept-Encoding')).toBe(
      'rsc, next-router-state-tree, Accept-Encoding',
    )
    expect(varyWithEncoding(undefined)).toBe('Accept-Encoding')
    expect(varyWithEncoding('rsc')).toBe('rsc, Accept-Encoding')
  })

  it('gives a 304 its 200’s headers without the ones that describe a body', () => {
    expect(
      notModifiedHeaders({
        'content-type': 'text/html',
        'content-length': '10',
        etag: '"a"',
        vary: 'Accept-Encoding',
        'cache-control': 'no-cache',
      }),
    ).toEqual({ etag: '"a"', vary: 'Accept-Encoding', 'cache-control': 'no-cache' })
  })
})

describe('securityHeaders', () => {
  it('forbids framing everywhere and adds HSTS only over https', () => {
    expect(securityHeaders(false)['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(securityHeaders(false)).not.toHaveProperty('strict-transport-security')
    expect(securityHeaders(true)['strict-transport-security']).toMatch(/^max-age=31536000/)
    expect(securityHeaders(false, 'http://localhost:3000')['content-security-policy']).toContain(
      "img-src 'self' http://localhost:3000",
    )
  })
})
