import type { CollectionAfterChangeHook } from 'payload'

import type { ReviewedCollectionSlug } from '@/collections/slugs'

import { recordReviewEvent } from '../audit'
import { editorialContext } from '../context'

/** Writes the gate's decisions (publish, unpublish, override) to the audit trail. */
export const recordPublication: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const context = editorialContext(req)
  const outcome = context.reviewOutcome
  if (!outcome) return doc
  context.reviewOutcome = undefined
  const base = {
    collection: collection.slug as ReviewedCollectionSlug,
    id: doc.id as number | string,
    title: (doc.title ?? doc.question ?? null) as string | null,
    comment: context.workflow?.comment ?? null,
  }
  if (outcome.overrideReason) {
    const locales = [...outcome.published, ...outcome.unpublished]
    await recordReviewEvent(req, { ...base, action: 'override', locale: locales.length > 1 ? 'all' : (locales[0] ?? 'all'), reason: outcome.overrideReason })
  }
  for (const locale of outcome.published) await recordReviewEvent(req, { ...base, action: 'publish', locale })
  for (const locale of outcome.unpublished) await recordReviewEvent(req, { ...base, action: 'unpublish', locale })
  return doc
}
