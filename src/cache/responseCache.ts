/**
 * Prepared public responses (site pages, partner API answers), answered by src/server.ts before
 * a request enters Next. Entries hold the final bytes (plain, gzip and brotli), a strong ETag
 * and Last-Modified; any change to published content empties the cache (a publish changes the
 * page itself and every page linking to it, so dropping everything is both simple and right).
 * Kept on globalThis so hooks running inside Next's bundles and the server share one cache.
 */
import crypto from 'node:crypto'
import zlib from 'node:zlib'

import { onContentChange } from './invalidation'

export interface CachedResponse {
  status: number
  headers: Record<string, string>
  body: Buffer
  gzip: Buffer
  brotli: Buffer
  etag: string
  lastModified: string
  storedAt: number
}

export interface ResponseCacheStats {
  entries: number
  bytes: number
  hits: number
  misses: number
  purges: number
}

class ResponseCache {
  private entries = new Map<string, CachedResponse>()
  private bytes = 0
  private generation = 0
  readonly stats = { hits: 0, misses: 0, purges: 0 }

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key)
    if (entry) {
      // Map order is insertion order: re-inserting marks the entry as recently used.
      this.entries.delete(key)
      this.entries.set(key, entry)
      this.stats.hits++
    } else {
      this.stats.misses++
    }
    return entry
  }

  /** The generation at the start of a render; a store from an older generation is dropped. */
  currentGeneration(): number {
    return this.generation
  }

  set(key: string, response: Omit<CachedResponse, 'gzip' | 'brotli' | 'etag' | 'storedAt'>, generation: number): void {
    if (generation !== this.generation) return
    const entry: CachedResponse = {
      ...response,
      gzip: zlib.gzipSync(response.body, { level: 6 }),
      brotli: zlib.brotliCompressSync(response.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }),
      etag: `"${crypto.createHash('sha256').update(response.body).digest('base64url').slice(0, 27)}"`,
      storedAt: Date.now(),
    }
    this.delete(key)
    this.entries.set(key, entry)
    this.bytes += entry.body.length + entry.gzip.length + entry.brotli.length
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.entries.delete(oldest)
      this.bytes -= old.body.length + old.gzip.length + old.brotli.length
    }
  }

  delete(key: string): void {
    const old = this.entries.get(key)
    if (old) {
      this.entries.delete(key)
      this.bytes -= old.body.length + old.gzip.length + old.brotli.length
    }
  }

  purgeAll(): void {
    this.entries.clear()
    this.bytes = 0
    this.generation++
    this.stats.purges++
  }

  snapshot(): ResponseCacheStats {
    return { entries: this.entries.size, bytes: this.bytes, ...this.stats }
  }
}

const key = Symbol.for('mediglot.responseCache')
const registry = globalThis as unknown as Record<symbol, ResponseCache | undefined>

export function responseCache(): ResponseCache {
  let cache = registry[key]
  if (!cache) {
    const megabytes = Number.parseInt(process.env.RESPONSE_CACHE_MB ?? '128', 10)
    cache = new ResponseCache((Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 128) * 1024 * 1024)
    registry[key] = cache
    onContentChange(() => cache?.purgeAll())
  }
  return cache
}
