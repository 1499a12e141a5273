/**
 * The fast path of src/server.ts: anonymous GETs of public pages answered from prepared bytes
 * before Next sees them, and the first (missed) response captured on its way out to fill the
 * cache. Only responses that cannot differ between readers are cached: public site paths,
 * the sitemap and robots.txt, no query string, no Next router (RSC) request, a 200 answer
 * without cookies.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import zlib from 'node:zlib'

import type { DependencyTags } from '@/lib/dependencies'
import { serverLogger } from '@/lib/serverLogger'

import { responseCache, type CachedResponse } from './responseCache'

/** What shared caches (a CDN) may do with a public page: keep a minute, revalidate by ETag. */
export const publicPageCacheControl = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300, must-revalidate'

const sitePath = /^\/(en|zh)(\/[a-z0-9-]+)*\/?$/
const publicFiles = new Set(['/sitemap.xml', '/robots.txt'])
const cacheableTypes = ['text/html', 'application/xml', 'text/plain']
const routerHeaders = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action']

export function pageCacheKey(req: IncomingMessage): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null
  const url = req.url ?? ''
  if (url.includes('?')) return null
  if (!sitePath.test(url) && !publicFiles.has(url)) return null
  if (routerHeaders.some((h) => req.headers[h] !== undefined)) return null
  return `page:${url.replace(/\/$/, '') || '/'}`
}

function acceptedEncoding(req: IncomingMessage): 'br' | 'gzip' | null {
  const header = String(req.headers['accept-encoding'] ?? '')
  if (/\bbr\b/.test(header)) return 'br'
  if (/\bgzip\b/.test(header)) return 'gzip'
  return null
}

function notModified(req: IncomingMessage, entry: CachedResponse): boolean {
  const ifNoneMatch = req.headers['if-none-match']
  if (ifNoneMatch) return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === entry.etag)
  const ifModifiedSince = req.headers['if-modified-since']
  if (ifModifiedSince) {
    const since = Date.parse(ifModifiedSince)
    return Number.isFinite(since) && Date.parse(entry.lastModified) <= since
  }
  return false
}

/** The Vary of a prepared answer: what Next said for the page (its router headers), always with Accept-Encoding. */
export function varyWithEncoding(vary: string | undefined): string {
  const names = (vary ?? '').split(',').map((name) => name.trim()).filter(Boolean)
  if (!names.some((name) => name.toLowerCase() === 'accept-encoding')) names.push('Accept-Encoding')
  return names.join(', ')
}

/**
 * The headers of a 304 made from its 200's: the same ETag, Last-Modified, Cache-Control and Vary
 * (RFC 9110 15.4.5), and nothing that describes a body, since a 304 has none.
 */
export function notModifiedHeaders(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (['content-type', 'content-length', 'content-encoding'].includes(name.toLowerCase())) continue
    kept[name] = value
  }
  return kept
}

/** Writes a cached response (or 304), compressed as the client accepts. */
export function sendCached(req: IncomingMessage, res: ServerResponse, entry: CachedResponse, extraHeaders: Record<string, string> = {}): void {
  const headers: Record<string, string> = {
    ...entry.headers,
    ...extraHeaders,
    etag: entry.etag,
    'last-modified': entry.lastModified,
    vary: varyWithEncoding(entry.headers.vary),
    'x-mediglot-cache': 'hit',
  }
  if (notModified(req, entry)) {
    res.writeHead(304, notModifiedHeaders(headers))
    res.end()
    return
  }
  const encoding = acceptedEncoding(req)
  const body = encoding === 'br' ? entry.brotli : encoding === 'gzip' ? entry.gzip : entry.body
  if (encoding) headers['content-encoding'] = encoding
  headers['content-length'] = String(body.length)
  res.writeHead(entry.status, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** Answers from the cache when it can; returns false when the request must go to Next. */
export function tryServePage(req: IncomingMessage, res: ServerResponse): boolean {
  const key = pageCacheKey(req)
  if (!key) return false
  const entry = responseCache().get(key)
  if (!entry) return false
  sendCached(req, res, entry)
  return true
}

/**
 * Lets Next answer a cacheable page request while keeping a copy of the bytes; a 200 HTML
 * answer without cookies is stored (decompressed) for the next reader, tagged with what the
 * render read. Returns the set the render must record into (src/server.ts runs Next's handler
 * inside it), or null when the request is not cached.
 */
export function capturePage(req: IncomingMessage, res: ServerResponse): DependencyTags | null {
  const key = pageCacheKey(req)
  if (!key || req.method !== 'GET') return null
  const cache = responseCache()
  const generation = cache.currentGeneration()
  const dependencies: DependencyTags = new Set()
  const chunks: Buffer[] = []
  const originalWrite = res.write.bind(res) as (...args: unknown[]) => boolean
  const originalEnd = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  const originalSetHeader = res.setHeader.bind(res)
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk == null || typeof chunk === 'function') return
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'))
  }
  // Next marks per-request pages as private; ours hold only published content, the same for
  // every reader, so shared caches may keep them.
  res.setHeader = (name: string, value: number | string | readonly string[]) => {
    if (name.toLowerCase() === 'cache-control') return originalSetHeader('cache-control', publicPageCacheControl)
    return originalSetHeader(name, value)
  }
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0])
    return originalWrite(chunk, ...rest)
  }) as typeof res.write
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0])
    const result = originalEnd(chunk, ...rest)
    try {
      store()
    } catch (error) {
      // A response that cannot be stored is not cached; the reader has it already.
      serverLogger().error({ err: error, cacheKey: key, status: res.statusCode }, 'could not store a page in the response cache')
    }
    return result
  }) as typeof res.end

  function store() {
    if (res.statusCode !== 200) return
    if (res.getHeader('set-cookie')) return
    const contentType = String(res.getHeader('content-type') ?? '')
    if (!cacheableTypes.some((type) => contentType.startsWith(type))) return
    let body = Buffer.concat(chunks)
    const encoding = String(res.getHeader('content-encoding') ?? '')
    if (encoding === 'gzip') body = zlib.gunzipSync(body)
    else if (encoding === 'br') body = zlib.brotliDecompressSync(body)
    else if (encoding) return
    cache.set(
      key as string,
      {
        status: 200,
        // Next's Vary (its router headers) is kept, so a hit and its 304 say what the miss said.
        headers: { 'content-type': contentType, 'cache-control': publicPageCacheControl, vary: varyWithEncoding(String(res.getHeader('vary') ?? '')) },
        body,
        lastModified: new Date().toUTCString(),
      },
      generation,
      dependencies,
    )
  }
  return dependencies
}
