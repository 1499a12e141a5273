import { APIError, type CollectionAfterDeleteHook, type CollectionBeforeDeleteHook } from 'payload'

import { isContentCollection, type ReviewedCollectionSlug } from '@/collections/slugs'
import { translate } from '@/collections/shared/translate'
import { locales } from '@/i18n/locales'

import { recordReviewEvent } from '../audit'
import { editorialContext } from '../context'
import { describeInboundLinks, findInboundLinks } from '../linkGuard'
import { canForce } from '../permissions'

/** A document that published pages link to is not deleted, unless an admin forces it. */
export const guardDeletion: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const context = editorialContext(req)
  if (context.seeding) return
  const forced = Boolean(context.workflow?.force && context.workflow.reason?.trim() && canForce(req.user))
  // (Sources are cited, not linked: deleting one breaks no page link.)
  if (forced || !isContentCollection(collection.slug)) return
  const inbound = await findInboundLinks(req.payload, { collection: collection.slug, id }, locales)
  if (inbound.length > 0) {
    throw new APIError(translate(req, 'mediglot:deleteLinked', { documents: describeInboundLinks(inbound) }), 409, { inbound }, true)
  }
}

export const recordDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const context = editorialContext(req)
  if (context.seeding) return doc
  const base = {
    collection: collection.slug as ReviewedCollectionSlug,
    id: doc.id as number | string,
    title: (doc.title ?? doc.question ?? null) as string | null,
    locale: 'all',
    deleted: true,
  }
  if (context.workflow?.force && context.workflow.reason) {
    await recordReviewEvent(req, { ...base, action: 'override', reason: context.workflow.reason })
  }
  await recordReviewEvent(req, { ...base, action: 'delete', comment: context.workflow?.comment ?? null })
  return doc
}
