import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { outsideDependencies } from '@/lib/dependencies'

import { watchContentChanges } from './changeWatcher'

/**
 * The Payload instance the public read model uses (cached by Payload per process). The first
 * call also starts watching for content published by other processes. Both run outside any
 * render's dependency recording: timers started here (the watcher, Payload's job crons on
 * first init) would otherwise carry the first render's scope for the life of the process.
 */
export async function getContentPayload(): Promise<Payload> {
  return outsideDependencies(async () => {
    const payload = await getPayload({ config })
    watchContentChanges(payload)
    return payload
  })
}
