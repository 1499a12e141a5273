/**
 * Issue 10, finding 13: a 304 carried Content-Type and a shorter Vary than its 200, and the
 * demo's sitemap, canonical and hreflang links said one origin while the API's siteUrl said
 * another for the same server. (The OpenAPI jsonLd schema is checked in
 * tests/int/partner-api.int.test.ts with strict ajv.)
 */
import { recordFigure } from './report'
import { startSecurityServer, type SecurityServer } from './security'

let server: SecurityServer
let partnerKey: string
beforeAll(async () => {
  server = await startSecurityServer('protocol')
  partnerKey = `protocol-partner-${Math.random().toString(36).slice(2)}`
  await server.client.ok('POST', '/api/partners', server.tokens.admin, {
    name: 'Protocol partner',
    enableAPIKey: true,
    apiKey: partnerKey,
    rateLimitPerMinute: 10_000,
  })
}, 300_000)
afterAll(async () => server?.app.stop())

async function pair(path: string, headers: Record<string, string> = {}) {
  await (await server.send(path, { headers })).arrayBuffer() // the miss fills the cache
  const ok = await server.send(path, { headers })
  await ok.arrayBuffer()
  const notModified = await server.send(path, {
    headers: { ...headers, 'if-none-match': ok.headers.get('etag') ?? '' },
  })
  return { ok, notModified }
}

describe('conditional answers', () => {
  it.each([
    ['/en'],
    ['/zh/causes/immune'],
    ['/sitemap.xml'],
    ['/api/v1/openapi.json'],
    ['/api/v1/topics?limit=2'],
  ])(
    'a 304 for %s carries its 200’s Vary, ETag and Cache-Control and no body headers',
    async (path) => {
      const { ok, notModified } = await pair(
        path,
        path.startsWith('/api/v1/topics') ? { authorization: `Bearer ${partnerKey}` } : {},
      )
      expect(ok.status).toBe(200)
      expect(notModified.status).toBe(304)
      for (const name of ['vary', 'etag', 'cache-control'])
        expect({ name, value: notModified.headers.get(name) }).toEqual({
          name,
          value: ok.headers.get(name),
        })
      expect(notModified.headers.get('content-type')).toBeNull()
      expect(notModified.headers.get('content-length')).toBeNull()
    },
  )

  it("a page's first (miss) answer and its prepared copy say the same Vary", async () => {
    const path = '/en/faqs'
    const miss = await server.send(path)
    await miss.arrayBuffer()
    const hit = await server.send(path)
    await hit.arrayBuffer()
    expect(hit.headers.get('vary')).toBe(miss.headers.get('vary'))
  })
})

describe('one public origin', () => {
  it('is the same in the sitemap, the canonical and hreflang links and the partner API, whatever Host the caller sends', async () => {
    const origins = new Set<string>()
    for (const host of [undefined, 'evil.example']) {
      const headers: Record<string, string> = host ? { host, 'x-forwarded-host': host } : {}
      const sitemap = await (await server.send('/sitemap.xml', { headers })).text()
      for (const m of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) origins.add(new URL(m[1]).origin)
      const page = await (await server.send('/en/causes/immune', { headers })).text()
      for (const m of page.matchAll(/<link rel="(?:canonical|alternate)"[^>]*href="([^"]+)"/g))
        origins.add(new URL(m[1]).origin)
      const doc = JSON.parse(
        await (
          await server.send('/api/v1/causes/immune', {
            headers: { ...headers, authorization: `Bearer ${partnerKey}` },
          })
        ).text(),
      ) as {
        alternates: Array<{ siteUrl: string; apiUrl: string }>
        licence: { canonicalUrl: string }
      }
      for (const a of doc.alternates)
        origins.add(new URL(a.siteUrl).origin).add(new URL(a.apiUrl).origin)
      origins.add(new URL(doc.licence.canonicalUrl).origin)
    }
    expect([...origins]).toHaveLength(1)
    expect([...origins][0]).not.toContain('evil.example')
    recordFigure(
      'Security: protocol',
      'public origins seen in sitemap, page links and partner API',
      [...origins].join(', '),
    )
  })
})
