import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { afterCommit } from '@/db/afterCommit'
import { notifyContentChange } from '@/lib/contentChange'
import { editorialContext } from '@/editorial/context'
import { linkedDocuments } from '@/lib/dependencies'

/**
 * Tells the caches that what readers see may have changed, once the save has committed (a
 * listener reading earlier would see, and could cache, the text from before), naming the
 * documents this one links to (their pages list it among their reverse links). Draft saves
 * change nothing public and are not announced.
 */
export const announceContentChange: CollectionAfterChangeHook = ({ collection, doc, req }) => {
  const intent = editorialContext(req).writeIntent
  const draftOnly = intent?.draft && intent.status !== 'published' && !intent.publishAllLocales
  if (!draftOnly) {
    afterCommit(req, () =>
      notifyContentChange(
        {
          collection: collection.slug,
          id: doc.id as number | string,
          linksTo: linkedDocuments(collection.flattenedFields, doc),
        },
        req.payload.logger,
      ),
    )
  }
  return doc
}

export const announceContentDeletion: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  afterCommit(req, () =>
    notifyContentChange(
      {
        collection: collection.slug,
        id: doc.id as number | string,
        linksTo: linkedDocuments(collection.flattenedFields, doc),
      },
      req.payload.logger,
    ),
  )
  return doc
}
