/**
 * Work that must wait until a save is committed: announcing a change (caches purge, the change
 * recorder reads the document) from a hook that runs inside the save's transaction would let a
 * listener read, and cache, the text from before the commit. Where a request holds a real
 * transaction (PostgreSQL), the work runs after its commit and is dropped on rollback (nothing
 * changed); without one (SQLite writes without transactions) it runs at once. Kept on globalThis
 * because Next may load this module more than once in one process.
 */
import type { DatabaseAdapter, PayloadRequest } from 'payload'

type TransactionID = number | string
const key = Symbol.for('mediglot.afterCommit')
const registry = globalThis as unknown as Record<symbol, Map<TransactionID, Array<() => void>> | undefined>
const pending = (): Map<TransactionID, Array<() => void>> => (registry[key] ??= new Map())

/** Runs `work` once the request's transaction commits, or now when it has none. */
export function afterCommit(req: Pick<PayloadRequest, 'transactionID'> | undefined, work: () => void): void {
  const id = req?.transactionID
  if (id === undefined || id === null || id instanceof Promise || !trackedAdapter.value) {
    work()
    return
  }
  const list = pending().get(id)
  if (list) list.push(work)
  else pending().set(id, [work])
}

const trackedAdapter: { value: boolean } = ((globalThis as Record<symbol, unknown>)[Symbol.for('mediglot.afterCommit.tracked')] ??= {
  value: false,
}) as { value: boolean }

function run(id: TransactionID): void {
  const list = pending().get(id)
  pending().delete(id)
  for (const work of list ?? []) {
    try {
      work()
    } catch {
      // One listener's failure must not hide the others' work (or fail a committed save).
    }
  }
}

/** Makes an adapter with real transactions run the queued work on commit and drop it on rollback. */
export function trackCommits(adapter: DatabaseAdapter): void {
  trackedAdapter.value = true
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  adapter.commitTransaction = async (incoming) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    await commit(incoming)
    if (id !== null && id !== undefined) run(id)
  }
  adapter.rollbackTransaction = async (incoming) => {
    const id = incoming instanceof Promise ? await incoming : incoming
    try {
      await rollback(incoming)
    } finally {
      if (id !== null && id !== undefined) pending().delete(id)
    }
  }
}
