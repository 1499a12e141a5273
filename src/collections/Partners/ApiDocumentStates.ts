import type { CollectionConfig } from 'payload'

import { apiDocumentStatesSlug } from '../slugs'

/**
 * What the change recorder last saw public, per document and language (a fingerprint of the
 * public fields). The next sweep compares against it to write change-feed rows. Internal:
 * nobody reads it through an API.
 */
export const ApiDocumentStates: CollectionConfig = {
  slug: apiDocumentStatesSlug,
  access: {
    read: () => false,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: { hidden: true },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'collection', type: 'text', required: true },
    { name: 'dbId', type: 'text', required: true },
    { name: 'locale', type: 'text', required: true },
    { name: 'fingerprint', type: 'text', required: true },
  ],
}
