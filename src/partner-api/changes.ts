/**
 * The change recorder behind /api/v1/changes and the webhooks. It compares what the public may
 * read now (through src/content, per document and language, as a fingerprint of the public
 * fields) with what it saw last time, and writes one feed row per difference: published,
 * updated, unpublished or deleted (the last two are tombstones). A document's fingerprint holds
 * only its own public fields (links are ids), so a change to one document is recorded by
 * looking at that document alone: after a save or deletion announced with its id, only that
 * document is read again. Whole sweeps run at start-up, after changes announced without an id
 * (another process wrote; see src/content/changeWatcher.ts) and when called directly. One run
 * at a time per process, shortly after the change (after the editor's transaction committed)
 * and before the feed answers.
 */
import crypto from 'node:crypto'

import type { Payload, Where } from 'payload'

import { onContentChange, notifyContentChange } from '@/cache/invalidation'
import { apiChangesSlug, apiDocumentStatesSlug, partnersSlug } from '@/collections/slugs'
import { listAllPublic, listableCollections, publicDocumentInLocale, yieldToServer, type ListableCollection } from '@/content/publicReads'
import { locales, type Locale } from '@/i18n/locales'

import type { RecordedChange } from './changeTypes'
import { stableId, typeOf } from './ids'
import { queueWebhooks } from './webhooks'

export type { ChangeEvent, RecordedChange } from './changeTypes'

/** Fields that change without anything a reader sees changing. */
const ignored = new Set(['updatedAt', 'createdAt', '_status', 'lastEditedBy', 'review'])

function fingerprint(doc: Record<string, unknown>): string {
  const review = (doc.review ?? {}) as Record<string, unknown>
  const visible = Object.fromEntries(
    [
      ...Object.entries(doc).filter(([k]) => !ignored.has(k)),
      // Of the review record, only what the public document shows.
      ['review', ['lastReviewed', 'nextReviewDue', 'reviewerName', 'reviewerCredentials'].map((k) => review[k] ?? null)] as [string, unknown],
    ].sort(([a], [b]) => a.localeCompare(b)),
  )
  return crypto.createHash('sha256').update(JSON.stringify(visible)).digest('base64url')
}

interface StateRow {
  id: number | string
  key: string
  documentId: string
  collection: string
  dbId: string
  locale: string
  fingerprint: string
  updatedAt: string
}

const symbol = Symbol.for('mediglot.partnerChangeRecorder')
interface RecorderState {
  running: Promise<RecordedChange[]> | null
  listening: boolean
  timer: ReturnType<typeof setTimeout> | null
  /**
   * Documents announced as changed and not yet looked at, as `collection|id`, each with whether
   * this is its second look: every document is looked at again shortly after the first time,
   * because the announcement comes from a hook that may run before the save has committed
   * (MongoDB transactions), and a look at the old state would otherwise be the last one.
   */
  pending: Map<string, boolean>
  /** A change announced without an id: the next run sweeps everything. */
  sweepAll: boolean
  /** Runs the recorder shortly; set while the recorder listens. */
  schedule: (() => void) | null
}
function state(): RecorderState {
  const g = globalThis as unknown as Record<symbol, RecorderState | undefined>
  g[symbol] ??= { running: null, listening: false, timer: null, pending: new Map(), sweepAll: false, schedule: null }
  return g[symbol]
}

/** One run at a time: waits for the one running (a change may be newer), then runs `work`. */
async function exclusively(work: () => Promise<RecordedChange[]>): Promise<RecordedChange[]> {
  const s = state()
  while (s.running) await s.running.catch(() => undefined)
  s.running = work()
  try {
    return await s.running
  } finally {
    s.running = null
  }
}

/** Compares every public document with what was recorded. */
export function recordChanges(payload: Payload): Promise<RecordedChange[]> {
  return exclusively(() => {
    const s = state()
    s.sweepAll = false
    s.pending.clear()
    return sweep(payload, null)
  })
}

/** More documents announced at once than this are recorded by a whole sweep. */
const targetedLimit = 200

/** Records what was announced since the last run: the documents named, or everything. */
export function recordPendingChanges(payload: Payload): Promise<RecordedChange[]> {
  return exclusively(() => {
    const s = state()
    if (s.sweepAll) {
      s.sweepAll = false
      s.pending.clear()
      return sweep(payload, null)
    }
    const looked = [...s.pending]
    s.pending.clear()
    if (looked.length === 0) return Promise.resolve([])
    // A bulk change (an import, a publish of many): one sweep reads less than many lookups.
    if (looked.length > targetedLimit) return sweep(payload, null)
    const targets = looked.map(([entry]) => {
      const [collection, id] = entry.split('|')
      return { collection: collection as ListableCollection, id }
    })
    return sweep(payload, targets).finally(() => {
      const firstLooks = looked.filter(([entry, second]) => !second && !s.pending.has(entry))
      for (const [entry] of firstLooks) s.pending.set(entry, true)
      if (firstLooks.length > 0) s.schedule?.()
    })
  })
}

type Current = { collection: ListableCollection; dbId: string; slug: string; locale: Locale; fingerprint: string; updatedAt: string }

/** Internal bookkeeping tables: read and written by the server itself, never by a caller. */
const system = { overrideAccess: true, depth: 0 } as const

/**
 * One run: `targets` null compares every public document with every recorded state; otherwise
 * only the documents named, with their recorded states (found by database id, so a changed
 * slug is seen) and any state recorded under the keys they now have.
 */
async function sweep(payload: Payload, targets: Array<{ collection: ListableCollection; id: string }> | null): Promise<RecordedChange[]> {
  const now = new Map<string, Current>()
  const publicLocales = new Map<string, Locale[]>()
  const add = (collection: ListableCollection, locale: Locale, doc: Record<string, unknown>) => {
    const slug = String(doc.slug)
    const documentId = stableId(collection, slug)
    now.set(`${documentId}|${locale}`, { collection, dbId: String(doc.id), slug, locale, fingerprint: fingerprint(doc), updatedAt: String(doc.updatedAt ?? '') })
    publicLocales.set(documentId, [...(publicLocales.get(documentId) ?? []), locale])
  }
  let before: StateRow[]
  if (targets === null) {
    for (const collection of listableCollections) {
      for (const locale of locales) {
        for (const doc of await listAllPublic(payload, collection, locale)) add(collection, locale, doc)
      }
    }
    before = (await payload.find({ collection: apiDocumentStatesSlug, pagination: false, ...system })).docs as unknown as StateRow[]
  } else {
    for (const { collection, id } of targets) {
      for (const locale of locales) {
        const doc = await publicDocumentInLocale(payload, collection, id, locale)
        if (doc) add(collection, locale, doc)
      }
    }
    const where: Where = {
      or: [
        ...targets.map(({ collection, id }): Where => ({ and: [{ collection: { equals: collection } }, { dbId: { equals: id } }] })),
        ...(now.size > 0 ? [{ key: { in: [...now.keys()] } }] : []),
      ],
    }
    before = (await payload.find({ collection: apiDocumentStatesSlug, where, pagination: false, ...system })).docs as unknown as StateRow[]
  }
  const seen = new Map(before.map((row) => [row.key, row]))
  const changes: RecordedChange[] = []
  /** Each change with the write of its state row (create, update or delete). */
  const toRecord: Array<{ change: RecordedChange; previous: StateRow | undefined; current: Current | undefined; saveState: () => Promise<unknown> }> = []

  for (const [key, current] of now) {
    const documentId = stableId(current.collection, current.slug)
    const previous = seen.get(key)
    if (previous && previous.fingerprint === current.fingerprint) continue
    const change: RecordedChange = { event: previous ? 'updated' : 'published', documentId, type: typeOf[current.collection], slug: current.slug, locale: current.locale, locales: publicLocales.get(documentId) ?? [] }
    const data = { key, documentId, collection: current.collection, dbId: current.dbId, locale: current.locale, fingerprint: current.fingerprint }
    toRecord.push({
      change,
      previous,
      current,
      saveState: () =>
        previous
          ? payload.update({ collection: apiDocumentStatesSlug, id: previous.id, data, ...system })
          : payload.create({ collection: apiDocumentStatesSlug, data, ...system }),
    })
  }
  for (const [key, previous] of seen) {
    if (now.has(key)) continue
    // Gone from the public site: still in the database (unpublished) or not (deleted). Only
    // existence is checked; nothing of the unpublished document is read out.
    const exists = await payload.count({ collection: previous.collection as ListableCollection, where: { id: { equals: previous.dbId } }, overrideAccess: true })
    const [type, ...slugParts] = previous.documentId.split(':')
    const change: RecordedChange = {
      event: exists.totalDocs > 0 ? 'unpublished' : 'deleted',
      documentId: previous.documentId,
      type,
      slug: slugParts.join(':'),
      locale: previous.locale as Locale,
      locales: publicLocales.get(previous.documentId) ?? [],
    }
    toRecord.push({ change, previous, current: undefined, saveState: () => payload.delete({ collection: apiDocumentStatesSlug, id: previous.id, ...system }) })
  }

  let written = 0
  // Many rows to write (the first sweep, a bulk publish): let readers in every so often.
  const pace = async () => {
    if (++written % 50 === 0) await yieldToServer()
  }
  // The feed row first, then the state row: a run stopped in between (a crash, a failed write)
  // leaves a feed row its state does not show yet, and the next run completes it without writing
  // it again. The other order lost the feed entry for good: the state said it was recorded.
  const feedIsEmpty = toRecord.length === 0 || (await payload.count({ collection: apiChangesSlug, overrideAccess: true })).totalDocs === 0
  for (const { change, previous, current, saveState } of toRecord) {
    if (feedIsEmpty || !(await fedBeforeStop(payload, change, previous, current))) {
      await payload.create({ collection: apiChangesSlug, data: { ...change }, ...system })
    }
    await saveState()
    changes.push(change)
    await pace()
  }
  if (changes.length > 0) {
    await queueWebhooks(payload, changes)
    // The feed and Last-Modified of cached answers depend on these rows.
    notifyContentChange({ collection: apiChangesSlug }, payload.logger)
  }
  return changes
}

const isTombstone = (event: string) => event === 'unpublished' || event === 'deleted'

/**
 * Whether the feed row of `change` was written by a run that stopped before writing the state
 * row: the newest feed row of the document in that language is newer than its state row, and
 * says the same thing. For a publication or update it must also be no older than the
 * document's last save; a document saved again since gets a row of its own.
 */
async function fedBeforeStop(payload: Payload, change: RecordedChange, previous: StateRow | undefined, current: Current | undefined): Promise<boolean> {
  const where: Where = {
    and: [
      { documentId: { equals: change.documentId } },
      { locale: { equals: change.locale } },
      ...(previous ? [{ createdAt: { greater_than: previous.updatedAt } }] : []),
    ],
  }
  const found = await payload.find({ collection: apiChangesSlug, where, sort: '-createdAt', limit: 1, pagination: false, select: { event: true, createdAt: true }, ...system })
  const newest = found.docs[0] as unknown as { event: string; createdAt: string } | undefined // the feed row's own fields
  if (!newest) return false
  if (isTombstone(change.event)) return isTombstone(newest.event)
  return !isTombstone(newest.event) && current !== undefined && current.updatedAt !== '' && current.updatedAt <= newest.createdAt
}

/**
 * Starts recording in this process: a sweep shortly after each content change (the delay lets
 * the editor's transaction commit first), and one at start-up for changes made while stopped.
 */
export function startChangeRecorder(payload: Payload): void {
  const s = state()
  if (s.listening) return
  s.listening = true
  const delay = Number.parseInt(process.env.PARTNER_CHANGE_DELAY_MS ?? '250', 10)
  const schedule = () => {
    if (s.timer) clearTimeout(s.timer)
    s.timer = setTimeout(() => {
      s.timer = null
      recordPendingChanges(payload).catch((error: unknown) => payload.logger.error({ err: error }, 'recording partner API changes failed'))
    }, Number.isFinite(delay) && delay >= 0 ? delay : 250)
    s.timer.unref?.()
  }
  onContentChange((change) => {
    if (change.collection === apiChangesSlug || change.collection === partnersSlug) return
    if (change.id !== undefined && (listableCollections as readonly string[]).includes(change.collection)) {
      s.pending.set(`${change.collection}|${String(change.id)}`, false)
    } else {
      s.sweepAll = true
    }
    schedule()
  })
  s.schedule = schedule
  // Changes made while no process was recording.
  s.sweepAll = true
  schedule()
}

/** The time of the newest feed row: a floor for Last-Modified (linked titles appear in bodies). */
export async function latestChangeAt(payload: Payload): Promise<string | null> {
  const latest = await payload.find({ collection: apiChangesSlug, sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true, select: { createdAt: true } })
  return (latest.docs[0] as { createdAt?: string } | undefined)?.createdAt ?? null
}
