import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * Writes to one document, one at a time. Payload's update reads the stored document, merges
 * the request into it and writes the whole back; two updates of the same document running
 * side by side would each merge into the same old copy and the second would erase the first
 * (a lost update), and two If-Match checks could both pass. The production server therefore
 * queues the REST writes addressed to one document (`/api/{collection}/{id}` and its
 * `/workflow` action) and lets each finish, response sent, before the next starts. Reads and
 * writes to other documents are not held up.
 *
 * This covers one process. With several instances, send the admin and API writes to one of
 * them (docs/scaling.md); MongoDB transactions alone do not stop a lost update.
 */
const tails = new Map<string, Promise<void>>()

const writeMethods = new Set(['PATCH', 'PUT', 'POST', 'DELETE'])
// /api/{collection}/{id}[/workflow]; ids are numbers (SQLite) or ObjectIds (MongoDB).
const documentPath = /^\/api\/([a-z][a-z0-9-]*)\/([A-Za-z0-9]{1,64})(?:\/workflow)?\/?$/
const reservedSegments = new Set(['login', 'logout', 'me', 'refresh-token', 'forgot-password', 'reset-password', 'unlock', 'init', 'first-register', 'access', 'versions', 'graphql', 'v1'])

/** The queue a request belongs to, or null when it needs none. */
export function documentWriteKey(method: string | undefined, url: string | undefined): string | null {
  if (!method || !writeMethods.has(method) || !url) return null
  const path = url.split('?', 1)[0]
  const match = documentPath.exec(path)
  if (!match || reservedSegments.has(match[1]) || reservedSegments.has(match[2])) return null
  return `${match[1]}/${match[2]}`
}

/** Calls `proceed` now, or once the writes to the same document queued before it have answered. */
export function queueDocumentWrite(req: IncomingMessage, res: ServerResponse, proceed: () => void): void {
  const key = documentWriteKey(req.method, req.url)
  if (!key) {
    proceed()
    return
  }
  const before = tails.get(key) ?? Promise.resolve()
  let release!: () => void
  const finished = new Promise<void>((resolve) => (release = resolve))
  const tail = before.then(() => finished)
  tails.set(key, tail)
  // 'close' fires once the response is sent or the client went away, whichever comes first.
  res.once('close', () => {
    release()
    if (tails.get(key) === tail) tails.delete(key)
  })
  void before.then(() => {
    if (res.destroyed) return
    proceed()
  })
}
