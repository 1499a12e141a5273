/**
 * Prepared public responses (site pages, partner API answers), answered by src/server.ts before
 * a request enters Next. Entries hold the final bytes (plain, gzip and brotli), a strong ETag
 * and Last-Modified, and the dependency tags of what they were built from (src/lib/dependencies).
 * A change to published content purges the entries whose tags it makes stale: the changed
 * document's pages and answers, those that link to it or list its collection, and any entry
 * whose dependencies are unknown. A change that cannot be placed empties everything.
 * Kept on globalThis so hooks running inside Next's bundles and the server share one cache.
 */
import crypto from 'node:crypto'
import zlib from 'node:zlib'

import { tagsStaleAfter, unknownDependencies } from '@/lib/dependencies'

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
  /** What the answer was built from; purging any of these drops it. */
  tags: readonly string[]
}

export interface ResponseCacheStats {
  entries: number
  bytes: number
  hits: number
  misses: number
  purges: number
  /** Entries dropped by purges (precise or whole). */
  purgedEntries: number
}

export class ResponseCache {
  private entries = new Map<string, CachedResponse>()
  private byTag = new Map<string, Set<string>>()
  private bytes = 0
  /** Advances at every purge; a render records it when it starts. */
  private sequence = 0
  private everythingPurgedAt = 0
  private tagPurgedAt = new Map<string, number>()
  readonly stats = { hits: 0, misses: 0, purges: 0, purgedEntries: 0 }

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

  /** Taken at the start of a render; a store is dropped if what it read was purged since. */
  currentGeneration(): number {
    return this.sequence
  }

  set(
    key: string,
    response: Omit<CachedResponse, 'gzip' | 'brotli' | 'etag' | 'storedAt' | 'tags'>,
    generation: number,
    dependencies: Iterable<string> = [],
  ): void {
    const tags = [...new Set(dependencies)]
    // Nothing recorded means nothing known: any change must drop it.
    if (tags.length === 0) tags.push(unknownDependencies)
    if (this.everythingPurgedAt > generation) return
    if (tags.some((tag) => (this.tagPurgedAt.get(tag) ?? 0) > generation)) return
    const entry: CachedResponse = {
      ...response,
      gzip: zlib.gzipSync(response.body, { level: 6 }),
      brotli: zlib.brotliCompressSync(response.body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 },
      }),
      etag: `"${crypto.createHash('sha256').update(response.body).digest('base64url').slice(0, 27)}"`,
      storedAt: Date.now(),
      tags,
    }
    this.delete(key)
    this.entries.set(key, entry)
    for (const tag of tags) {
      let keys = this.byTag.get(tag)
      if (!keys) this.byTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    this.bytes += entry.body.length + entry.gzip.length + entry.brotli.length
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.delete(oldest)
    }
  }

  delete(key: string): boolean {
    const old = this.entries.get(key)
    if (!old) return false
    this.entries.delete(key)
    this.bytes -= old.body.length + old.gzip.length + old.brotli.length
    for (const tag of old.tags) {
      const keys = this.byTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) this.byTag.delete(tag)
    }
    return true
  }

  /** Drops every entry carrying one of `tags`; renders under way that read one are not stored. */
  purgeTags(tags: readonly string[]): number {
    this.sequence++
    this.stats.purges++
    let dropped = 0
    for (const tag of tags) {
      this.tagPurgedAt.set(tag, this.sequence)
      for (const key of [...(this.byTag.get(tag) ?? [])]) if (this.delete(key)) dropped++
    }
    this.stats.purgedEntries += dropped
    return dropped
  }

  purgeAll(): void {
    this.sequence++
    this.everythingPurgedAt = this.sequence
    this.stats.purges++
    this.stats.purgedEntries += this.entries.size
    this.entries.clear()
    this.byTag.clear()
    // Every tag is older than the whole purge now: forget them, or the map grows forever.
    this.tagPurgedAt.clear()
    this.bytes = 0
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
    cache = new ResponseCache(
      (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 128) * 1024 * 1024,
    )
    registry[key] = cache
    onContentChange((change) => {
      const stale = process.env.CACHE_PURGE === 'everything' ? null : tagsStaleAfter(change)
      if (stale) cache?.purgeTags(stale)
      else cache?.purgeAll()
    })
  }
  return cache
}
