import type { CollectionAfterChangeHook } from 'payload'

import { generatePartnerKey, holdIssuedKey } from '@/partner-api/keys'

/**
 * Creating a partner issues its key: a working one (enableAPIKey on), held once for the admin's
 * edit view to show (src/components/admin/PartnerKey.client.tsx). A caller that brought its own
 * key (REST, scripts, tests) keeps it.
 */
export const issueKeyOnCreate: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.enableAPIKey || doc.revoked) return doc
  const key = generatePartnerKey()
  await req.payload.update({
    collection: 'partners',
    id: doc.id,
    data: { apiKey: key, enableAPIKey: true },
    depth: 0,
    req,
    // The key fields are written by the server only; the creator's access was checked by create.
    overrideAccess: true,
  })
  holdIssuedKey(doc.id, key)
  return { ...doc, enableAPIKey: true }
}
