/**
 * Notices content published by another process (a script, a second app instance sharing the
 * database) and announces it like a local publish, so every instance's caches follow. Local
 * publishes are announced at once by hooks; this catches the rest within one interval.
 *
 * Every interval it asks each collection which documents were saved since the newest save it
 * had seen, and announces each of them by id (a local save is then announced twice, which
 * costs one more look at one document). When it cannot tell what changed (a document removed,
 * or more saved at once than it lists), it announces a change without an id, and listeners
 * look at everything.
 */
import type { Payload, Where } from 'payload'

import { notifyContentChange } from '@/cache/invalidation'
import { contentCollectionSlugs, sourcesSlug } from '@/collections/slugs'
import { linkedDocuments } from '@/lib/dependencies'

const watched = [...contentCollectionSlugs, sourcesSlug] as const
type Watched = (typeof watched)[number]
const key = Symbol.for('mediglot.contentChangeWatcher')
/** More documents saved in one interval than this: announced as "everything". */
const batchLimit = 50

interface Seen {
  total: number
  /** The newest save seen. */
  newest: string
}

type Saved = { id: number | string; updatedAt: string; createdAt: string } & Record<string, unknown>

/** The top-level relationship and upload fields of a collection: what its documents link to. */
function linkFields(payload: Payload, collection: Watched) {
  return payload.collections[collection].config.flattenedFields.filter(
    (field) => field.type === 'relationship' || field.type === 'upload',
  )
}

/**
 * What changed in one collection since `seen`: the new `seen`, and the ids (null: unknown).
 * Saves are found by a time strictly after the newest one seen (many documents may share one
 * time, as after a bulk import); a save made by another process in the very millisecond of the
 * newest one seen is missed, as it was when this compared only the newest time.
 */
async function changesIn(payload: Payload, collection: Watched, seen: Seen | undefined): Promise<{ seen: Seen; saved: Saved[] | null }> {
  const read = { collection, sort: '-updatedAt', depth: 0, select: { updatedAt: true, createdAt: true }, overrideAccess: true } as const // which documents were saved, never shown to anyone
  // One query per interval while nothing changes: the newest save and the count.
  const latest = await payload.find({ ...read, limit: 1 })
  const next: Seen = { total: latest.totalDocs, newest: (latest.docs[0] as unknown as Saved | undefined)?.updatedAt ?? '' }
  if (!seen) return { seen: next, saved: [] }
  if (next.newest === seen.newest && next.total === seen.total) return { seen: next, saved: [] }
  const where: Where = seen.newest ? { updatedAt: { greater_than: seen.newest } } : {}
  // With what each saved document links to, so caches can purge its linked pages precisely.
  const select = { ...read.select, ...Object.fromEntries(linkFields(payload, collection).map((f) => [f.name, true])) }
  const saved = (await payload.find({ ...read, select, where, limit: batchLimit + 1 })).docs as unknown as Saved[]
  if (saved.length > batchLimit) return { seen: next, saved: null }
  const created = saved.filter((d) => !seen.newest || d.createdAt > seen.newest).length
  // Anything but the new documents changing the count means one was removed: which, is unknown.
  if (next.total !== seen.total + created) return { seen: next, saved: null }
  return { seen: next, saved }
}

export function watchContentChanges(payload: Payload): void {
  const registry = globalThis as unknown as Record<symbol, boolean | undefined>
  if (registry[key]) return
  registry[key] = true
  const interval = Number.parseInt(process.env.CONTENT_SYNC_INTERVAL_MS ?? '1000', 10)
  if (!Number.isFinite(interval) || interval <= 0) return
  const seen = new Map<Watched, Seen>()
  let running = false
  const check = async () => {
    for (const collection of watched) {
      const { seen: next, saved } = await changesIn(payload, collection, seen.get(collection))
      seen.set(collection, next)
      if (saved === null) notifyContentChange({ collection: '*' }, payload.logger)
      else {
        const fields = linkFields(payload, collection)
        for (const doc of saved) notifyContentChange({ collection, id: doc.id, linksTo: linkedDocuments(fields, doc) }, payload.logger)
      }
    }
  }
  const timer = setInterval(() => {
    if (running) return
    running = true
    check()
      .catch((error: unknown) => payload.logger.warn({ err: error }, 'content change check failed'))
      .finally(() => {
        running = false
      })
  }, interval)
  timer.unref()
}
