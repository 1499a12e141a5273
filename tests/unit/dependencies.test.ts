import {
  collectionTag,
  documentTag,
  idsRequested,
  isRecordingDependencies,
  isSlugLookup,
  linkedDocuments,
  linksToTag,
  listTag,
  outsideDependencies,
  recordDependency,
  runWithDependencies,
  tagsStaleAfter,
  unknownDependencies,
} from '@/lib/dependencies'
import { ResponseCache } from '@/cache/responseCache'

const response = (text: string) => ({
  status: 200,
  headers: { 'content-type': 'text/html' },
  body: Buffer.from(text),
  lastModified: new Date(0).toUTCString(),
})

describe('what a public answer depends on', () => {
  it('records reads made anywhere inside a render, across awaits, and nothing outside it', async () => {
    const tags = new Set<string>()
    recordDependency('d:causes:0')
    await runWithDependencies(tags, async () => {
      recordDependency('d:causes:1')
      await new Promise((resolve) => setTimeout(resolve, 1))
      recordDependency('d:causes:2')
      await outsideDependencies(async () => recordDependency('d:api-changes:9'))
      expect(isRecordingDependencies()).toBe(true)
    })
    expect([...tags]).toEqual(['d:causes:1', 'd:causes:2'])
    expect(isRecordingDependencies()).toBe(false)
  })

  it('keeps two concurrent renders apart', async () => {
    const a = new Set<string>()
    const b = new Set<string>()
    await Promise.all([
      runWithDependencies(a, async () => {
        await new Promise((resolve) => setTimeout(resolve, 5))
        recordDependency('a')
      }),
      runWithDependencies(b, async () => recordDependency('b')),
    ])
    expect([...a]).toEqual(['a'])
    expect([...b]).toEqual(['b'])
  })

  it('makes stale the document, its collection’s lists and the reverse links of what it links to', () => {
    expect(
      tagsStaleAfter({ collection: 'topics', id: 7, linksTo: [{ collection: 'causes', id: 3 }] }),
    ).toEqual([
      documentTag('topics', 7),
      listTag('topics'),
      linksToTag('causes', 3),
      unknownDependencies,
    ])
  })

  it('empties everything when a change cannot be placed', () => {
    expect(tagsStaleAfter({ collection: '*' })).toBeNull()
    expect(tagsStaleAfter({ collection: 'causes', id: 3 })).toBeNull()
    expect(tagsStaleAfter({ collection: 'api-changes' })).toEqual([
      collectionTag('api-changes'),
      unknownDependencies,
    ])
  })

  it('finds the documents a document links to, as ids, populated documents or polymorphic links', () => {
    const fields = [
      { name: 'causes', type: 'relationship', relationTo: 'causes' },
      { name: 'image', type: 'upload', relationTo: 'media' },
      { name: 'link', type: 'relationship', relationTo: ['topics', 'faqs'] },
      { name: 'title', type: 'text' },
      { name: 'faqs', type: 'join' },
    ]
    expect(
      linkedDocuments(fields, {
        causes: [1, { id: 2, title: 'x' }],
        image: 5,
        link: { relationTo: 'faqs', value: 9 },
        title: 'T',
        faqs: { docs: [4] },
      }),
    ).toEqual([
      { collection: 'causes', id: 1 },
      { collection: 'causes', id: 2 },
      { collection: 'media', id: 5 },
      { collection: 'faqs', id: 9 },
    ])
    expect(linkedDocuments(fields, { causes: null })).toEqual([])
  })

  it('tells a lookup by id or slug from a list', () => {
    expect(idsRequested({ id: { in: [1, 2] } })).toEqual([1, 2])
    expect(
      idsRequested({ and: [{ _status: { equals: 'published' } }, { id: { equals: 'abc' } }] }),
    ).toEqual(['abc'])
    expect(idsRequested({ slug: { equals: 'x' } })).toBeNull()
    expect(idsRequested(undefined)).toBeNull()
    expect(isSlugLookup({ slug: { equals: 'x' } })).toBe(true)
    expect(isSlugLookup({ and: [{ slug: { equals: 'x' } }] })).toBe(true)
    expect(isSlugLookup({ slug: { greater_than: 'x' } })).toBe(false)
  })
})

describe('the response cache purged by tag', () => {
  it('drops exactly the entries carrying a stale tag', () => {
    const cache = new ResponseCache(1024 * 1024)
    cache.set('a', response('a'), cache.currentGeneration(), ['d:causes:1'])
    cache.set('b', response('b'), cache.currentGeneration(), ['d:causes:2'])
    expect(cache.purgeTags(['d:causes:1'])).toBe(1)
    expect(cache.get('a')).toBeUndefined()
    expect(cache.get('b')?.body.toString()).toBe('b')
  })

  it('does not store a render that read something purged while it ran', () => {
    const cache = new ResponseCache(1024 * 1024)
    const started = cache.currentGeneration()
    cache.purgeTags(['d:causes:1'])
    cache.set('stale', response('old'), started, ['d:causes:1'])
    cache.set('fresh', response('unrelated'), started, ['d:causes:2'])
    expect(cache.get('stale')).toBeUndefined()
    expect(cache.get('fresh')).toBeDefined()
    const beforeAll = cache.currentGeneration()
    cache.purgeAll()
    cache.set('late', response('x'), beforeAll, ['d:causes:3'])
    expect(cache.get('late')).toBeUndefined()
  })

  it('treats an answer that recorded nothing as depending on everything', () => {
    const cache = new ResponseCache(1024 * 1024)
    cache.set('unknown', response('u'), cache.currentGeneration())
    cache.purgeTags(tagsStaleAfter({ collection: 'faqs', id: 1, linksTo: [] }) ?? [])
    expect(cache.get('unknown')).toBeUndefined()
  })

  it('forgets the tags of entries evicted for room', () => {
    const cache = new ResponseCache(2_000)
    for (let i = 0; i < 50; i++)
      cache.set(`k${i}`, response('x'.repeat(200 + i)), cache.currentGeneration(), [
        `d:causes:${i}`,
      ])
    expect(cache.snapshot().bytes).toBeLessThanOrEqual(2_000)
    expect(cache.purgeTags(['d:causes:0'])).toBe(0)
  })
})
