import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetAllPartnerKeys } from '@/partner-api/keys'

/**
 * A revoked, edited or deleted partner takes effect at once: the in-memory key registry the
 * fast path trusts is emptied, so the next request is checked against the database again.
 */
export const forgetPartnerKeysOnChange: CollectionAfterChangeHook = ({ doc }) => {
  forgetAllPartnerKeys()
  return doc
}

export const forgetPartnerKeysOnDelete: CollectionAfterDeleteHook = ({ doc }) => {
  forgetAllPartnerKeys()
  return doc
}
