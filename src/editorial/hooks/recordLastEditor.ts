import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Remembers which person last changed a document (none for scripts such as the seed). The
 * seed uses it to leave alone anything a person has edited.
 */
export const recordLastEditor: CollectionBeforeChangeHook = ({ data, req }) => {
  const user = req.user
  return { ...data, lastEditedBy: user && user.collection === 'users' ? user.id : null }
}
