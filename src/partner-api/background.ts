/**
 * Background work of the partner API in a serving process: the change recorder (feed rows and
 * webhook jobs after each content change) and the writer of partners' last-use stamps. Started
 * once per process, by Payload's onInit in production and by the first API request otherwise.
 */
import type { Payload } from 'payload'

import { startChangeRecorder } from './changes'
import { flushLastUse } from './keys'

const symbol = Symbol.for('mediglot.partnerBackground')

export function startPartnerBackground(payload: Payload): void {
  const g = globalThis as unknown as Record<symbol, boolean | undefined>
  if (g[symbol]) return
  g[symbol] = true
  startChangeRecorder(payload)
  const timer = setInterval(() => void flushLastUse(payload), 15_000)
  timer.unref()
}

/** Payload's onInit: only a real server (not `next build`, scripts or tests) records on its own. */
export function shouldStartOnInit(): boolean {
  return process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build'
}
