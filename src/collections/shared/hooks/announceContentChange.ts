import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { notifyContentChange } from '@/lib/contentChange'
import { editorialContext } from '@/editorial/context'

/**
 * Tells the caches that what readers see may have changed. Draft saves change nothing public
 * and are not announced.
 */
export const announceContentChange: CollectionAfterChangeHook = ({ collection, doc, req }) => {
  const intent = editorialContext(req).writeIntent
  const draftOnly = intent?.draft && intent.status !== 'published' && !intent.publishAllLocales
  if (!draftOnly) notifyContentChange({ collection: collection.slug, id: doc.id as number | string }, req.payload.logger)
  return doc
}

export const announceContentDeletion: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  notifyContentChange({ collection: collection.slug, id: doc.id as number | string }, req.payload.logger)
  return doc
}
