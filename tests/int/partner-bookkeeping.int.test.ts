/**
 * The partner API's own bookkeeping on a throw-away database: the change recorder stopped
 * between its two writes (a feed row and a state row, made to fail here by an injected fault)
 * records the change exactly once on its next run; the last-use stamp keeps the key registry.
 */
import type { Payload } from 'payload'

import {
  apiChangesSlug,
  apiDocumentStatesSlug,
  partnersSlug,
  topicsSlug,
} from '@/collections/slugs'

import { createPublishedDocument } from '../helpers/editorial'
import { startTestPayload, type TestPayload } from '../helpers/payload'

type Changes = typeof import('@/partner-api/changes')
type Keys = typeof import('@/partner-api/keys')

let t: TestPayload
let payload: Payload
let recordChanges: Changes['recordChanges']
let keys: Keys

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  ;({ recordChanges } = await import('@/partner-api/changes'))
  keys = await import('@/partner-api/keys')
}, 120_000)

afterAll(async () => {
  await t?.destroy()
})

let restore: (() => void) | null = null
afterEach(() => {
  restore?.()
  restore = null
})

/** Makes the next create (or delete) in `collection` fail, as a crash at that write would. */
function failNextWrite(method: 'create' | 'delete', collection: string) {
  const original = payload[method]
  let failed = false
  payload[method] = ((args: { collection: string }) => {
    if (!failed && args.collection === collection) {
      failed = true
      return Promise.reject(new Error(`injected fault: ${method} in ${collection}`))
    }
    return (original as (a: unknown) => Promise<unknown>).call(payload, args)
  }) as never
  restore = () => {
    payload[method] = original as never
  }
}

async function feedRows(documentId: string, locale = 'en') {
  const found = await payload.find({
    collection: apiChangesSlug,
    where: { and: [{ documentId: { equals: documentId } }, { locale: { equals: locale } }] },
    sort: 'createdAt',
    pagination: false,
    overrideAccess: true,
  })
  return found.docs.map((doc) => (doc as unknown as { event: string }).event)
}

const publishTopic = (slug: string) =>
  createPublishedDocument(payload, topicsSlug, {
    slug,
    heading: { en: `Topic ${slug}`, zh: `主题 ${slug}` },
  })

describe('the change recorder stopped between its two writes', () => {
  it('feeds a publication once when the run stopped at the feed row: the next run writes it', async () => {
    await publishTopic('stopped-at-feed-row')
    failNextWrite('create', apiChangesSlug)
    await expect(recordChanges(payload)).rejects.toThrow(/injected fault/)
    restore?.()

    await recordChanges(payload)
    expect(await feedRows('topic:stopped-at-feed-row')).toEqual(['published'])
  })

  it('feeds a publication once when the run stopped at the state row, however often it runs again', async () => {
    await publishTopic('stopped-at-state-row')
    failNextWrite('create', apiDocumentStatesSlug)
    await expect(recordChanges(payload)).rejects.toThrow(/injected fault/)
    restore?.()

    const next = await recordChanges(payload)
    expect(
      next.filter((c) => c.documentId === 'topic:stopped-at-state-row').map((c) => c.event),
    ).toEqual(['published', 'published'])
    expect(await recordChanges(payload)).toEqual([])
    expect(await feedRows('topic:stopped-at-state-row')).toEqual(['published'])
    expect(await feedRows('topic:stopped-at-state-row', 'zh')).toEqual(['published'])
  })

  it('feeds a deletion once when the run stopped before removing the recorded state', async () => {
    const id = await publishTopic('deleted-while-stopping')
    await recordChanges(payload)
    await payload.delete({
      collection: topicsSlug,
      id,
      overrideAccess: true,
      context: { seeding: true },
    })
    failNextWrite('delete', apiDocumentStatesSlug)
    await expect(recordChanges(payload)).rejects.toThrow(/injected fault/)
    restore?.()

    await recordChanges(payload)
    expect(await recordChanges(payload)).toEqual([])
    expect(await feedRows('topic:deleted-while-stopping')).toEqual(['published', 'deleted'])
  })
})

describe('partner last use', () => {
  it('keeps the known keys when only the last use is written, and forgets them when a partner is edited', async () => {
    const apiKey = `bookkeeping-key-${Date.now()}`
    const partner = await payload.create({
      collection: partnersSlug,
      data: { name: 'Bookkeeping clinic', enableAPIKey: true, apiKey } as never,
      overrideAccess: true,
    })
    const identity = await keys.verifyKey(payload, apiKey)
    expect(identity).toMatchObject({ name: 'Bookkeeping clinic' })
    const keyHash = keys.hashKey(apiKey)

    keys.noteUse(identity!)
    await keys.flushLastUse(payload)
    const stamped = await payload.findByID({
      collection: partnersSlug,
      id: partner.id,
      overrideAccess: true,
      depth: 0,
    })
    expect((stamped as unknown as { lastUsedAt?: string }).lastUsedAt).toEqual(expect.any(String))
    expect(keys.knownKey(keyHash)).toMatchObject({ name: 'Bookkeeping clinic' })

    await payload.update({
      collection: partnersSlug,
      id: partner.id,
      data: { name: 'Renamed clinic' },
      overrideAccess: true,
    })
    expect(keys.knownKey(keyHash)).toBeUndefined()
  })
})
