import {
  errorBody,
  errorResponse,
  httpDate,
  isNotModified,
  isOpenPath,
  isPartnerPath,
  partnerCacheKey,
  publicBase,
} from '@/partner-api/http'
import {
  encodeCursor,
  decodeCursor,
  BadParameter,
  parseChangesParams,
  parseDetailParams,
  parseListParams,
  parseNoParams,
  defaultLimit,
  maxLimit,
} from '@/partner-api/params'
import { rateLimitHeaders, resetRateLimits, takeToken } from '@/partner-api/rateLimit'

const headers = (values: Record<string, string>) => (name: string) => values[name]

describe('partner API conditional GET', () => {
  const etag = '"abc"'
  const lastModified = 'Tue, 01 Dec 2026 10:00:00 GMT'

  it('is not modified for a matching ETag, a weak one, a list holding it, or *', () => {
    expect(isNotModified(headers({ 'if-none-match': '"abc"' }), etag, lastModified)).toBe(true)
    expect(isNotModified(headers({ 'if-none-match': 'W/"abc"' }), etag, lastModified)).toBe(true)
    expect(isNotModified(headers({ 'if-none-match': '"x", "abc"' }), etag, lastModified)).toBe(true)
    expect(isNotModified(headers({ 'if-none-match': '*' }), etag, lastModified)).toBe(true)
    expect(isNotModified(headers({ 'if-none-match': '"other"' }), etag, lastModified)).toBe(false)
  })

  it('lets If-None-Match win over If-Modified-Since', () => {
    expect(
      isNotModified(
        headers({
          'if-none-match': '"other"',
          'if-modified-since': 'Wed, 02 Dec 2026 00:00:00 GMT',
        }),
        etag,
        lastModified,
      ),
    ).toBe(false)
  })

  it('compares If-Modified-Since with Last-Modified, ignoring a date it cannot read', () => {
    expect(isNotModified(headers({ 'if-modified-since': lastModified }), etag, lastModified)).toBe(
      true,
    )
    expect(
      isNotModified(
        headers({ 'if-modified-since': 'Tue, 01 Dec 2026 09:59:59 GMT' }),
        etag,
        lastModified,
      ),
    ).toBe(false)
    expect(isNotModified(headers({ 'if-modified-since': 'yesterday' }), etag, lastModified)).toBe(
      false,
    )
    expect(isNotModified(headers({}), etag, lastModified)).toBe(false)
  })

  it('writes HTTP dates to the whole second', () => {
    expect(httpDate('2026-12-01T10:00:00.999Z')).toBe('Tue, 01 Dec 2026 10:00:00 GMT')
  })
})

describe('partner API addresses', () => {
  const saved = process.env.NEXT_PUBLIC_SERVER_URL
  afterEach(() => {
    if (saved === undefined) delete process.env.NEXT_PUBLIC_SERVER_URL
    else process.env.NEXT_PUBLIC_SERVER_URL = saved
  })

  it('uses the configured public URL without its trailing slash', () => {
    process.env.NEXT_PUBLIC_SERVER_URL = 'https://rm.example.org/'
    expect(publicBase()).toBe('https://rm.example.org')
  })

  it('never takes its origin from the request: one public origin for the site and the API', () => {
    delete process.env.NEXT_PUBLIC_SERVER_URL
    const savedPort = process.env.PORT
    process.env.PORT = '4100'
    try {
      expect(publicBase()).toBe('http://localhost:4100')
    } finally {
      if (savedPort === undefined) delete process.env.PORT
      else process.env.PORT = savedPort
    }
  })

  it('keys a cached answer by base URL and path, and knows its own paths', () => {
    expect(partnerCacheKey('https://a.example', '/api/v1/topics?locale=zh')).toBe(
      'partner:https://a.example/api/v1/topics?locale=zh',
    )
    expect(partnerCacheKey('https://a.example', '/x')).not.toBe(
      partnerCacheKey('https://b.example', '/x'),
    )
    expect(isPartnerPath('/api/v1')).toBe(true)
    expect(isPartnerPath('/api/v1/topics')).toBe(true)
    expect(isPartnerPath('/api/v10')).toBe(false)
    expect(isOpenPath('/api/v1/openapi.json')).toBe(true)
    expect(isOpenPath('/api/v1/reference')).toBe(true)
    expect(isOpenPath('/api/v1/topics')).toBe(false)
  })
})

describe('partner API errors', () => {
  it('has one JSON shape, never cached, with a Bearer challenge on 401', async () => {
    expect(JSON.parse(errorBody('not_found', 'No such topic.', { allowed: 'x' }))).toEqual({
      error: { code: 'not_found', message: 'No such topic.', allowed: 'x' },
    })
    const res = errorResponse(401, 'missing_api_key', 'Send a key.')
    expect(res.status).toBe(401)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(await res.json()).toEqual({ error: { code: 'missing_api_key', message: 'Send a key.' } })
    expect(errorResponse(404, 'not_found', 'x').headers.get('www-authenticate')).toBeNull()
  })
})

describe('partner API parameters', () => {
  const q = (s: string) => new URLSearchParams(s)

  it('reads a list query with its defaults', () => {
    expect(parseListParams(q(''))).toEqual({
      locale: 'en',
      limit: defaultLimit,
      cursor: null,
      updatedSince: null,
    })
    expect(parseListParams(q('locale=zh&limit=5&updatedSince=2026-01-31'))).toMatchObject({
      locale: 'zh',
      limit: 5,
      updatedSince: new Date('2026-01-31'),
    })
  })

  it.each([
    ['sort=title', 'sort', /Unknown parameter "sort"/],
    ['locale=de', 'locale', /Allowed values: en, zh/],
    ['limit=0', 'limit', /1 to 100/],
    [`limit=${maxLimit + 1}`, 'limit', /1 to 100/],
    ['limit=1e2', 'limit', /whole number/],
    ['updatedSince=yesterday', 'updatedSince', /ISO 8601/],
    ['locale=en&locale=zh', 'locale', /more than once/],
  ])('refuses %s naming the parameter', (query, parameter, message) => {
    let error: unknown
    try {
      parseListParams(q(query))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BadParameter)
    expect((error as BadParameter).parameter).toBe(parameter)
    expect((error as BadParameter).message).toMatch(message)
  })

  it('allows only what each endpoint reads', () => {
    expect(parseDetailParams(q('locale=zh'))).toEqual({ locale: 'zh' })
    expect(() => parseDetailParams(q('limit=5'))).toThrow(BadParameter)
    expect(() => parseNoParams(q('x=1'))).toThrow(/Allowed parameters: none/)
    expect(parseChangesParams(q('since=abc&limit=3'))).toEqual({ since: 'abc', limit: 3 })
  })
})

describe('partner API cursors', () => {
  const isSlugCursor = (v: Record<string, unknown>): v is { s: string; a: string } =>
    typeof v.a === 'string'

  it('gives back what it was made of, for the listing it came from', () => {
    const cursor = encodeCursor({ s: 'topics|en', a: 'testing' })
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodeCursor(cursor, 'topics|en', isSlugCursor)).toEqual({
      s: 'topics|en',
      a: 'testing',
    })
  })

  it.each([
    ['another listing', encodeCursor({ s: 'causes|en', a: 'x' })],
    ['a tampered shape', encodeCursor({ s: 'topics|en', a: 5 })],
    ['not base64url', 'abc+/='],
    ['not JSON', Buffer.from('not json').toString('base64url')],
    ['JSON that is not an object', encodeCursor([] as unknown as Record<string, unknown>)],
    ['an overlong cursor', 'a'.repeat(2001)],
    ['an empty cursor', ''],
  ])('refuses %s as an invalid cursor', (_what, cursor) => {
    expect(() => decodeCursor(cursor, 'topics|en', isSlugCursor)).toThrow(/Invalid cursor/)
  })
})

describe('partner API rate limit', () => {
  beforeEach(() => resetRateLimits())

  it('allows the limit at once, then refuses with the seconds until the next request', () => {
    const now = 1_000_000
    const decisions = Array.from({ length: 3 }, () => takeToken('k1', 3, now))
    expect(decisions.map((d) => [d.allowed, d.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
    ])
    const refused = takeToken('k1', 3, now)
    expect(refused).toEqual({ allowed: false, limit: 3, remaining: 0, retryAfter: 20 })
    expect(rateLimitHeaders(refused)).toEqual({
      'x-ratelimit-limit': '3',
      'x-ratelimit-remaining': '0',
      'retry-after': '20',
    })
  })

  it('refills evenly over a minute, never above the limit', () => {
    const now = 2_000_000
    for (let i = 0; i < 3; i++) takeToken('k2', 3, now)
    expect(takeToken('k2', 3, now + 19_999).allowed).toBe(false)
    expect(takeToken('k2', 3, now + 40_000).allowed).toBe(true)
    expect(takeToken('k2', 3, now + 10 * 60_000).remaining).toBe(2)
  })

  it('counts each key on its own', () => {
    takeToken('k3', 1, 0)
    expect(takeToken('k3', 1, 0).allowed).toBe(false)
    expect(takeToken('k4', 1, 0).allowed).toBe(true)
    expect(rateLimitHeaders(takeToken('k5', 10, 0))).toEqual({
      'x-ratelimit-limit': '10',
      'x-ratelimit-remaining': '9',
    })
  })
})
