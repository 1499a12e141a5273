import type { IncomingMessage, ServerResponse } from 'node:http'
import zlib from 'node:zlib'

import { capturePage, pageCacheKey, publicPageCacheControl, tryServePage } from '@/cache/fastPath'
import { serverLogger, setServerLogger } from '@/lib/serverLogger'

function request(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): IncomingMessage {
  return { method, url, headers } as unknown as IncomingMessage
}

/** Enough of a ServerResponse for the fast path: headers, status, write/end and what was sent. */
class FakeResponse {
  statusCode = 200
  headers = new Map<string, number | string | readonly string[]>()
  sent: { status?: number; headers?: Record<string, string>; body?: Buffer } = {}
  chunks: Buffer[] = []
  setHeader(name: string, value: number | string | readonly string[]) {
    this.headers.set(name.toLowerCase(), value)
    return this
  }
  getHeader(name: string) {
    return this.headers.get(name.toLowerCase())
  }
  writeHead(status: number, headers: Record<string, string>) {
    this.sent.status = status
    this.sent.headers = headers
    return this
  }
  write(chunk: string | Buffer) {
    this.chunks.push(Buffer.from(chunk))
    return true
  }
  end(chunk?: string | Buffer) {
    if (chunk) this.chunks.push(Buffer.from(chunk))
    this.sent.body = Buffer.concat(this.chunks)
    return this
  }
}

const asResponse = (res: FakeResponse) => res as unknown as ServerResponse

/** Next answering `url` once, through capturePage. */
function renderThroughCapture(
  url: string,
  options: { body?: Buffer | string; headers?: Record<string, string>; status?: number } = {},
) {
  const res = new FakeResponse()
  capturePage(request(url), asResponse(res))
  res.statusCode = options.status ?? 200
  res.setHeader('content-type', 'text/html; charset=utf-8')
  res.setHeader('cache-control', 'private, no-cache, no-store')
  for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value)
  res.end(options.body ?? '<html>page</html>')
  return res
}

function serve(url: string, headers: Record<string, string> = {}, method = 'GET') {
  const res = new FakeResponse()
  const answered = tryServePage(request(url, headers, method), asResponse(res))
  return { answered, res }
}

describe('which requests the page cache answers', () => {
  it('keys a public page by its path, with or without the trailing slash', () => {
    expect(pageCacheKey(request('/en/topics/testing'))).toBe('page:/en/topics/testing')
    expect(pageCacheKey(request('/zh/causes/'))).toBe('page:/zh/causes')
    expect(pageCacheKey(request('/en', {}, 'HEAD'))).toBe('page:/en')
    expect(pageCacheKey(request('/sitemap.xml'))).toBe('page:/sitemap.xml')
  })

  it.each([
    ['a POST', request('/en', {}, 'POST')],
    ['a query string', request('/en/search?q=clotting')],
    ['a Next router (RSC) request', request('/en/topics', { rsc: '1' })],
    ['a prefetch', request('/en/topics', { 'next-router-prefetch': '1' })],
    ['the admin', request('/admin')],
    ['the API', request('/api/topics')],
    ['an unknown language', request('/de/topics')],
    ['upper-case paths', request('/en/Topics')],
  ])('never answers %s from the cache', (_what, req) => {
    expect(pageCacheKey(req)).toBeNull()
  })
})

describe('a page captured on its way out', () => {
  it('is answered from memory next time, with a strong ETag, and as 304 when the reader has it', () => {
    const first = renderThroughCapture('/en/topics/captured')
    expect(first.getHeader('cache-control')).toBe(publicPageCacheControl)

    const { answered, res } = serve('/en/topics/captured')
    expect(answered).toBe(true)
    expect(res.sent.status).toBe(200)
    expect(res.sent.body?.toString()).toBe('<html>page</html>')
    expect(res.sent.headers).toMatchObject({
      'x-mediglot-cache': 'hit',
      'cache-control': publicPageCacheControl,
      vary: 'Accept-Encoding',
    })
    const etag = res.sent.headers?.etag ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)

    const again = serve('/en/topics/captured', { 'if-none-match': `W/${etag}` })
    expect(again.res.sent.status).toBe(304)
    expect(again.res.sent.body?.length ?? 0).toBe(0)
    expect(
      serve('/en/topics/captured', { 'if-none-match': '"something-else"' }).res.sent.status,
    ).toBe(200)
  })

  it('is sent compressed as the reader accepts, and without a body to HEAD', () => {
    renderThroughCapture('/en/topics/compressed', { body: 'x'.repeat(2000) })
    const br = serve('/en/topics/compressed', { 'accept-encoding': 'gzip, br' }).res
    expect(br.sent.headers?.['content-encoding']).toBe('br')
    expect(zlib.brotliDecompressSync(br.sent.body!).toString()).toBe('x'.repeat(2000))
    const gzip = serve('/en/topics/compressed', { 'accept-encoding': 'gzip' }).res
    expect(zlib.gunzipSync(gzip.sent.body!).toString()).toBe('x'.repeat(2000))
    const head = serve('/en/topics/compressed', {}, 'HEAD').res
    expect(head.sent.headers?.['content-length']).toBe('2000')
    expect(head.sent.body?.length ?? 0).toBe(0)
  })

  it.each([
    ['sets a cookie', { headers: { 'set-cookie': 'a=1' } }],
    ['is not a 200', { status: 404 }],
    ['is JSON', { headers: { 'content-type': 'application/json' } }],
  ])('is not kept when it %s', (_what, options) => {
    const url = `/en/topics/not-kept-${Math.random().toString(36).slice(2)}`
    renderThroughCapture(url, options)
    expect(serve(url).answered).toBe(false)
  })

  it('is not kept when it cannot be stored, and the failure is logged with the page', () => {
    const errors: Array<{ details: Record<string, unknown>; message: string }> = []
    const before = serverLogger()
    setServerLogger({
      error: (details, message) =>
        errors.push({ details: details as Record<string, unknown>, message }),
    })
    try {
      // Marked gzip, but not gzip: decompressing it to store it fails.
      renderThroughCapture('/en/topics/broken-gzip', {
        headers: { 'content-encoding': 'gzip' },
        body: 'not gzip at all',
      })
    } finally {
      setServerLogger(before)
    }
    expect(serve('/en/topics/broken-gzip').answered).toBe(false)
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(/response cache/)
    expect(errors[0].details).toMatchObject({
      cacheKey: 'page:/en/topics/broken-gzip',
      status: 200,
    })
  })
})
