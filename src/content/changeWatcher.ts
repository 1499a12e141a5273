/**
 * Notices content published by another process (a script, a second app instance sharing the
 * database) and announces it like a local publish, so every instance's caches follow. Local
 * publishes are announced at once by hooks; this catches the rest within one interval.
 */
import type { Payload } from 'payload'

import { notifyContentChange } from '@/cache/invalidation'
import { contentCollectionSlugs, sourcesSlug } from '@/collections/slugs'

const watched = [...contentCollectionSlugs, sourcesSlug] as const
const key = Symbol.for('mediglot.contentChangeWatcher')

async function signature(payload: Payload): Promise<string> {
  const parts: string[] = []
  for (const collection of watched) {
    const latest = await payload.find({
      collection,
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      select: { updatedAt: true },
      overrideAccess: true, // a fingerprint of the table, never shown to anyone
    })
    parts.push(`${collection}:${latest.totalDocs}:${latest.docs[0]?.updatedAt ?? ''}`)
  }
  return parts.join('|')
}

export function watchContentChanges(payload: Payload): void {
  const registry = globalThis as unknown as Record<symbol, boolean | undefined>
  if (registry[key]) return
  registry[key] = true
  const interval = Number.parseInt(process.env.CONTENT_SYNC_INTERVAL_MS ?? '1000', 10)
  if (!Number.isFinite(interval) || interval <= 0) return
  let last: string | null = null
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    signature(payload)
      .then((current) => {
        if (last !== null && current !== last) notifyContentChange({ collection: '*' })
        last = current
      })
      .catch((error: unknown) => payload.logger.warn({ err: error }, 'content change check failed'))
      .finally(() => {
        running = false
      })
  }, interval)
  timer.unref()
}
