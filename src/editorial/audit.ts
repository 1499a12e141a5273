import type { PayloadRequest } from 'payload'

import { reviewEventsSlug, type ReviewedCollectionSlug } from '@/collections/slugs'

import { reviewActionLabels, type ReviewAction } from './reviewActions'

const collectionLabels: Record<ReviewedCollectionSlug, { en: string; zh: string }> = {
  topics: { en: 'Topic', zh: '主题' },
  causes: { en: 'Cause', zh: '病因' },
  treatments: { en: 'Treatment', zh: '治疗' },
  faqs: { en: 'FAQ', zh: '常见问题' },
  sources: { en: 'Source', zh: '参考文献' },
}
const languageNames: Record<string, { en: string; zh: string }> = {
  en: { en: 'English', zh: '英文' },
  zh: { en: 'Chinese', zh: '中文' },
  all: { en: 'all languages', zh: '所有语言' },
}

/**
 * The audit row's title, as a person reads it: "Published — FAQ “Is it my fault?” — Chinese"
 * (in the admin language of whoever acted; the list's columns are in each viewer's language).
 */
export function auditSummary(
  entry: Pick<AuditEntry, 'action' | 'collection' | 'id' | 'title' | 'locale'>,
  language: string | undefined,
): string {
  const lang = language === 'zh' ? 'zh' : 'en'
  const action = reviewActionLabels[entry.action]?.[lang] ?? entry.action
  const kind = collectionLabels[entry.collection]?.[lang] ?? entry.collection
  // A deletion hook hands over the document as stored: its heading may be every language's at
  // once (an object), or missing. Only a plain heading is quoted.
  const heading = typeof entry.title === 'string' ? entry.title.trim() : ''
  const title = heading ? `“${heading}”` : `#${entry.id}`
  const locale = languageNames[entry.locale]?.[lang] ?? entry.locale
  return `${action} — ${kind} ${title} — ${locale}`
}

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
      summary: auditSummary(entry, req.i18n?.language),
    },
    overrideAccess: true,
    req,
  })
}
