import zlib from 'node:zlib'

import { notifyContentChange } from '@/cache/invalidation'
import { responseCache } from '@/cache/responseCache'

const page = (body: string) => ({
  status: 200,
  headers: { 'content-type': 'text/html' },
  body: Buffer.from(body),
  lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT',
})

describe('the response cache', () => {
  it('keeps the bytes plain, gzip and brotli, with a strong ETag that follows the bytes', () => {
    const cache = responseCache()
    cache.set('t:etag-a', page('one'), cache.currentGeneration())
    cache.set('t:etag-b', page('one'), cache.currentGeneration())
    cache.set('t:etag-c', page('two'), cache.currentGeneration())
    const a = cache.get('t:etag-a')!
    expect(a.body.toString()).toBe('one')
    expect(zlib.gunzipSync(a.gzip).toString()).toBe('one')
    expect(zlib.brotliDecompressSync(a.brotli).toString()).toBe('one')
    expect(a.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/)
    expect(cache.get('t:etag-b')!.etag).toBe(a.etag)
    expect(cache.get('t:etag-c')!.etag).not.toBe(a.etag)
  })

  it('empties itself when published content changes, and drops a page rendered before the change', () => {
    const cache = responseCache()
    const renderStartedAt = cache.currentGeneration()
    cache.set('t:before', page('old'), renderStartedAt)
    notifyContentChange({ collection: 'topics', id: 1 })
    expect(cache.get('t:before')).toBeUndefined()
    cache.set('t:late', page('rendered from old content'), renderStartedAt)
    expect(cache.get('t:late')).toBeUndefined()
    cache.set('t:fresh', page('new'), cache.currentGeneration())
    expect(cache.get('t:fresh')?.body.toString()).toBe('new')
  })

  it('counts hits, misses and purges', () => {
    const cache = responseCache()
    const before = cache.snapshot()
    cache.set('t:count', page('x'), cache.currentGeneration())
    cache.get('t:count')
    cache.get('t:missing')
    cache.purgeAll()
    const after = cache.snapshot()
    expect([
      after.hits - before.hits,
      after.misses - before.misses,
      after.purges - before.purges,
    ]).toEqual([1, 1, 1])
    expect(after.entries).toBe(0)
    expect(after.bytes).toBe(0)
  })
})
