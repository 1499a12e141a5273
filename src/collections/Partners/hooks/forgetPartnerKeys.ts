import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetAllPartnerKeys, lastUseContextKey } from '@/partner-api/keys'

/**
 * A revoked, edited or deleted partner takes effect at once: the in-memory key registry the
 * fast path trusts is emptied, so the next request is checked against the database again. The
 * server's own last-use stamp changes nothing a key depends on (emptying the registry on each
 * one sent every partner's next request to the database).
 */
export const forgetPartnerKeysOnChange: CollectionAfterChangeHook = ({ doc, context }) => {
  if (context[lastUseContextKey]) return doc
  forgetAllPartnerKeys()
  return doc
}

export const forgetPartnerKeysOnDelete: CollectionAfterDeleteHook = ({ doc }) => {
  forgetAllPartnerKeys()
  return doc
}
