/**
 * A process-wide signal that published content changed. Hooks announce changes; caches (the
 * search index, the server's page and API cache) listen and drop what they hold. Kept on
 * globalThis because Next may load this module more than once in one process (per route
 * bundle), and the custom server loads it outside Next: all must share one set of listeners.
 */
import type { LinkedDocument } from '@/lib/dependencies'
import { serverLogger, type ServerLogger } from '@/lib/serverLogger'

export interface ContentChange {
  collection: string
  id?: number | string
  /**
   * The documents the changed one links to now (src/lib/dependencies linkedDocuments): their
   * pages list it among their reverse links. Without it, the response cache drops everything.
   */
  linksTo?: LinkedDocument[]
  /** Site paths known to be affected; listeners that cannot be precise drop everything. */
  paths?: string[]
}

type Listener = (change: ContentChange) => void

const key = Symbol.for('mediglot.contentChangeListeners')
const registry = globalThis as unknown as Record<symbol, Set<Listener> | undefined>

function listeners(): Set<Listener> {
  registry[key] ??= new Set()
  return registry[key]
}

export function onContentChange(listener: Listener): () => void {
  listeners().add(listener)
  return () => listeners().delete(listener)
}

/**
 * Tells every listener. A failing listener must not fail the editor's write (the next change
 * retries), so its error is logged, with the change, through `logger` (the announcer's
 * payload.logger where it has one).
 */
export function notifyContentChange(change: ContentChange, logger: ServerLogger = serverLogger()): void {
  for (const listener of listeners()) {
    try {
      listener(change)
    } catch (error) {
      logger.error({ err: error, change: { collection: change.collection, id: change.id } }, 'a content-change listener failed')
    }
  }
}
