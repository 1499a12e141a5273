import type { PayloadRequest } from 'payload'

import { reviewEventsSlug, type ReviewedCollectionSlug } from '@/collections/slugs'

import type { ReviewAction } from './reviewActions'

export interface AuditEntry {
  action: ReviewAction
  collection: ReviewedCollectionSlug
  id: number | string
  title?: string | null
  locale: string
  comment?: string | null
  reason?: string | null
  /** The document is gone (deleted): keep only its key and title. */
  deleted?: boolean
}

/**
 * Appends one row to the audit trail. Rows are written with full rights because no person may
 * write them (the collection refuses every create, update and delete through the API).
 */
export async function recordReviewEvent(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const user = req.user && req.user.collection === 'users' ? req.user : null
  await req.payload.create({
    collection: reviewEventsSlug,
    data: {
      action: entry.action,
      document: entry.deleted ? null : { relationTo: entry.collection, value: entry.id as number },
      documentKey: `${entry.collection}/${entry.id}`,
      documentTitle: entry.title ?? null,
      locale: entry.locale as 'en' | 'zh' | 'all',
      user: user ? (user.id as number) : null,
      userName: user ? String((user as { name?: unknown }).name ?? user.email ?? '') : null,
      comment: entry.comment ?? null,
      reason: entry.reason ?? null,
      summary: `${entry.action} ${entry.collection}/${entry.id} ${entry.locale}`,
    },
    overrideAccess: true,
    req,
  })
}
