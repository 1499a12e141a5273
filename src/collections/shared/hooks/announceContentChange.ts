import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { notifyContentChange } from '@/cache/invalidation'
import { afterCommit } from '@/db/afterCommit'
import { editorialContext } from '@/editorial/context'

/**
 * Tells the caches that what readers see may have changed, once the save has committed (a
 * listener reading earlier would see, and could cache, the text from before). Draft saves change
 * nothing public and are not announced.
 */
export const announceContentChange: CollectionAfterChangeHook = ({ collection, doc, req }) => {
  const intent = editorialContext(req).writeIntent
  const draftOnly = intent?.draft && intent.status !== 'published' && !intent.publishAllLocales
  if (!draftOnly) afterCommit(req, () => notifyContentChange({ collection: collection.slug, id: doc.id as number | string }))
  return doc
}

export const announceContentDeletion: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  afterCommit(req, () => notifyContentChange({ collection: collection.slug, id: doc.id as number | string }))
  return doc
}
