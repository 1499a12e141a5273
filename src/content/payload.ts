import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { watchContentChanges } from './changeWatcher'

/**
 * The Payload instance the public read model uses (cached by Payload per process). The first
 * call also starts watching for content published by other processes.
 */
export async function getContentPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
  watchContentChanges(payload)
  return payload
}
