/**
 * Background work of the partner API in a serving process: the change recorder (feed rows and
 * webhook jobs after each content change) and the writer of partners' last-use stamps. Started
 * once per process, by Payload's onInit in production and by the first API request otherwise.
 */
import type { Payload } from 'payload'

import { watchContentChanges } from '@/content/changeWatcher'

import { startChangeRecorder } from './changes'
import { flushLastUse } from './keys'

export { shouldStartOnInit } from './servingProcess'

const symbol = Symbol.for('mediglot.partnerBackground')

export function startPartnerBackground(payload: Payload): void {
  const g = globalThis as unknown as Record<symbol, boolean | undefined>
  if (g[symbol]) return
  g[symbol] = true
  // The recorder reads through the instance it is given; the watcher (otherwise started by the
  // read model's first read) announces what other processes publish.
  watchContentChanges(payload)
  startChangeRecorder(payload)
  const timer = setInterval(() => void flushLastUse(payload), 15_000)
  timer.unref()
}
