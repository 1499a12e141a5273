/**
 * Issue 10, finding 10: /api/v1 held a key to 120 a minute, while the same content through
 * /api/causes, with the same key or anonymously, was never limited. Now one limit per partner
 * key, per staff member and per anonymous client covers every door (src/server/rateLimit.ts).
 */
import { recordFigure, scale } from './report'
import { graphQL, startSecurityServer, type SecurityServer } from './security'

const anonymousLimit = 30
const partnerLimit = 20
let server: SecurityServer
let partnerKey: string

beforeAll(async () => {
  server = await startSecurityServer('ratelimit', {
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(anonymousLimit),
  })
  partnerKey = `rate-partner-${Math.random().toString(36).slice(2)}`
  await server.client.ok('POST', '/api/partners', server.tokens.admin, {
    name: 'Rate partner',
    enableAPIKey: true,
    apiKey: partnerKey,
    rateLimitPerMinute: partnerLimit,
  })
}, 300_000)
afterAll(async () => server?.app.stop())

async function statuses(
  count: number,
  path: string,
  init: () => RequestInit = () => ({}),
): Promise<number[]> {
  const found: number[] = []
  for (let i = 0; i < count; i++) {
    const res = await server.send(path, init())
    await res.arrayBuffer()
    found.push(res.status)
  }
  return found
}

describe('one rate limit over every door', () => {
  it('limits an anonymous client across the site, REST and GraphQL together', async () => {
    const mixed = [
      ...(await statuses(12, '/api/causes?limit=1')),
      ...(await statuses(12, '/api/graphql', () => graphQL('{ Causes(limit:1){ docs { id } } }'))),
      ...(await statuses(12, '/en')),
    ]
    const limited = mixed.filter((s) => s === 429).length
    expect(limited).toBeGreaterThan(0)
    expect(mixed.filter((s) => s !== 429 && s !== 200)).toEqual([])
    const refused = await server.send('/api/causes?limit=1')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    recordFigure(
      'Security: rate limit',
      `anonymous, ${anonymousLimit}/min, 36 requests over three doors`,
      `${limited} refused with 429`,
    )
  })

  it("counts a partner key's Payload REST reads in the same bucket as its /api/v1 reads", async () => {
    const key = { authorization: `Bearer ${partnerKey}` }
    const payloadStyle = { authorization: `partners API-Key ${partnerKey}` }
    const v1 = await statuses(partnerLimit - 5, '/api/v1/topics?limit=1', () => ({ headers: key }))
    expect(v1.every((s) => s === 200)).toBe(true)
    const rest = await statuses(10, '/api/causes?limit=1', () => ({ headers: payloadStyle }))
    expect(rest.filter((s) => s === 429).length).toBeGreaterThan(0)
    expect((await server.send('/api/v1/topics?limit=1', { headers: key })).status).toBe(429)
  })

  it('does not throttle a signed-in staff member using the admin normally', async () => {
    const count = scale(80, 300)
    const found = await statuses(count, '/api/causes?limit=10&depth=0', () => ({
      headers: { authorization: `JWT ${server.tokens.editor}` },
    }))
    expect(found.filter((s) => s === 429)).toEqual([])
  })

  it('gives a made-up token or key no fresh bucket: it counts as the anonymous client it is', async () => {
    const forged = await statuses(anonymousLimit + 10, '/api/causes?limit=1', () => ({
      headers: {
        authorization: `JWT x.${Math.random()}.y`,
        'x-api-key': `made-up-${Math.random()}`,
      },
    }))
    expect(forged.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10)
  })
})
