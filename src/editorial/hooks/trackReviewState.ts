import type { CollectionBeforeChangeHook } from 'payload'

import { editorialContext } from '../context'
import { contentFingerprint, reviewedFieldsOf } from '../fingerprint'
import type { LocaleReview } from '../reviewStates'

/**
 * Any change to the text a reader of this language sees sends the language back to draft and
 * remembers who changed it (a reviewer cannot approve their own change). Workflow actions set
 * the review record themselves; the seed writes approved content as it is.
 */
export const trackReviewState: CollectionBeforeChangeHook = ({ collection, data, originalDoc, operation, req }) => {
  const context = editorialContext(req)
  if (context.seeding || context.workflow) return data
  const merged = { ...(originalDoc ?? {}), ...data }
  const fields = reviewedFieldsOf(collection.slug)
  const before = originalDoc ? contentFingerprint(originalDoc, originalDoc, fields) : null
  const after = contentFingerprint(merged, merged, fields)
  if (operation === 'create' || before !== after) {
    const previous = (data.review ?? originalDoc?.review ?? {}) as LocaleReview
    const user = req.user && req.user.collection === 'users' ? req.user.id : null
    data.review = {
      ...previous,
      state: 'draft',
      changedBy: user,
      changedAt: new Date().toISOString(),
    }
  }
  return data
}
