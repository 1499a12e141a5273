import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Revoking a partner also switches its API key off, so the key stops identifying the partner on
 * Payload's own REST and GraphQL too (where it then reads like an anonymous caller).
 */
export const disableRevokedKey: CollectionBeforeChangeHook = ({ data }) => {
  if (data?.revoked === true) data.enableAPIKey = false
  return data
}
