/**
 * Whether the database answers, as the production server sees it: a connection is tried every
 * `intervalMs` (PostgreSQL; an embedded SQLite file is always there). While it fails, requests
 * that would need the database are answered 503 with Retry-After at once instead of waiting for
 * the pool's timeout and ending in a 500; cached answers are still served. When the database
 * answers again, so does the server, by itself.
 */
import type { DatabaseSupport } from './types'

const lostKey = Symbol.for('mediglot.databaseConnectionLost')
const flags = globalThis as unknown as Record<symbol, boolean | undefined>

/** Called by the adapter when the server cut a connection: the database counts as down until a probe succeeds. */
export function reportConnectionLost(): void {
  flags[lostKey] = true
}

export interface DatabaseAvailability {
  isDown: () => boolean
  stop: () => void
}

export function watchDatabase(
  support: Pick<DatabaseSupport, 'kind' | 'probe'>,
  { intervalMs = 1_000, onChange }: { intervalMs?: number; onChange?: (down: boolean, reason: string) => void } = {},
): DatabaseAvailability {
  if (support.kind !== 'postgres') return { isDown: () => false, stop: () => {} }
  let down = false
  let probing = false
  flags[lostKey] = false
  const timer = setInterval(async () => {
    if (probing) return
    probing = true
    try {
      await support.probe()
      if (down) onChange?.(false, 'the database answers again')
      down = false
      flags[lostKey] = false
    } catch (error) {
      if (!down) onChange?.(true, error instanceof Error ? error.message : String(error))
      down = true
    } finally {
      probing = false
    }
  }, intervalMs)
  timer.unref()
  return { isDown: () => down || flags[lostKey] === true, stop: () => clearInterval(timer) }
}
