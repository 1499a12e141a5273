import { APIError, type CollectionBeforeChangeHook, type NumberField, type PayloadRequest } from 'payload'

/**
 * Optimistic concurrency for content documents. Every save raises `revision` by one; an API
 * client that read revision N sends `If-Match: "N"` with its update, and the update is refused
 * with 409 when someone else saved in between, instead of silently overwriting their change.
 * Without If-Match an update applies to the newest revision (last writer wins), as in the admin.
 *
 * The check and the write must not interleave with another write to the same document: the
 * production server runs writes to one document one at a time (src/server/writeQueue.ts).
 */
export function revisionField(): NumberField {
  return {
    name: 'revision',
    type: 'number',
    defaultValue: 0,
    label: { en: 'Revision', zh: '修订号' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: {
        en: 'Goes up by one with every save. API clients send it back as If-Match so a stale update is refused.',
        zh: '每次保存加一。API 客户端在 If-Match 中回传此值，过期的更新会被拒绝。',
      },
    },
    // Written only by the hook below.
    access: { create: () => false, update: () => false },
  }
}

/** What an If-Match header asks for: a revision, anything (`*` or no header), or nonsense. */
export type Precondition = { kind: 'none' } | { kind: 'revision'; revision: number } | { kind: 'invalid'; raw: string }

export function parseIfMatch(header: string | null | undefined): Precondition {
  if (header === null || header === undefined || header.trim() === '' || header.trim() === '*') return { kind: 'none' }
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header)
  if (!match) return { kind: 'invalid', raw: header.slice(0, 60) }
  return { kind: 'revision', revision: Number(match[1]) }
}

function ifMatchOf(req: PayloadRequest): string | null {
  const headers = req.headers as Headers | undefined
  return typeof headers?.get === 'function' ? headers.get('if-match') : null
}

const checkedKey = 'mediglotRevisionChecked'

/**
 * Fault injection for the concurrency battery: a pause between reading the stored document and
 * writing it, as a database across a network has. On SQLite the driver answers synchronously,
 * so one update never interleaves with another by itself; with this pause they would, unless
 * the server queues writes per document. Unset (the default) it costs nothing.
 */
const injectedWriteDelay = Number(process.env.MEDIGLOT_FAULT_WRITE_DELAY_MS) || 0

/** beforeChange: refuse a stale update (409) or a malformed precondition (400); bump the revision. */
export const stampRevision: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (injectedWriteDelay > 0) await new Promise((resolve) => setTimeout(resolve, injectedWriteDelay))
  const current = Number((originalDoc as { revision?: unknown } | undefined)?.revision ?? 0) || 0
  // A request's own later writes (a workflow action saving twice) are not stale.
  if (operation === 'update' && !req.context[checkedKey]) {
    const precondition = parseIfMatch(ifMatchOf(req))
    if (precondition.kind === 'invalid') {
      throw new APIError(
        `If-Match must be the revision you read, e.g. If-Match: "${current}" (got "${precondition.raw}").`,
        400,
        { code: 'invalid_precondition' },
        true,
      )
    }
    if (precondition.kind === 'revision' && precondition.revision !== current) {
      throw new APIError(
        `This document was changed by someone else after you read it (you read revision ${precondition.revision}, it is now at ${current}). Reload it and make your change again.`,
        409,
        { code: 'stale_revision', expected: precondition.revision, current },
        true,
      )
    }
    req.context[checkedKey] = true
  }
  return { ...data, revision: operation === 'create' ? 1 : current + 1 }
}
