import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'

import { apiChangesSlug } from '../slugs'

export const apiChangeEvents = ['published', 'updated', 'unpublished', 'deleted'] as const

/**
 * The partner change feed: one row each time a document became public, changed, or left the
 * public site in one language (unpublished or deleted: a tombstone). Written only by the
 * change recorder (src/partner-api/changes.ts), read by partners through /api/v1/changes.
 */
export const ApiChanges: CollectionConfig = {
  slug: apiChangesSlug,
  access: {
    read: adminOnly,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: {
    useAsTitle: 'documentId',
    defaultColumns: ['createdAt', 'event', 'documentId', 'locale'],
    group: { en: 'Partner API', zh: '合作方 API' },
    description: { en: 'The change feed partners read at /api/v1/changes. Read-only.', zh: '合作方通过 /api/v1/changes 读取的变更记录，只读。' },
  },
  labels: {
    singular: { en: 'API change', zh: 'API 变更' },
    plural: { en: 'API change feed', zh: 'API 变更记录' },
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'event', type: 'select', required: true, index: true, options: apiChangeEvents.map((value) => ({ value, label: value })) },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'type', type: 'text', required: true },
    { name: 'slug', type: 'text', required: true },
    { name: 'locale', type: 'text', required: true },
    /** Languages the document is public in after this change. */
    { name: 'locales', type: 'json' },
  ],
}
