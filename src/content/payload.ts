import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Payload instance the public read model uses (cached by Payload per process). */
export function getContentPayload(): Promise<Payload> {
  return getPayload({ config })
}
