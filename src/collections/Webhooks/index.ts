import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'

import { partnersSlug, webhookDeliveriesSlug } from '../slugs'

/**
 * One row per webhook delivery attempt: where it went, what answered, how long it took. Written
 * by the delivery job (src/partner-api/webhooks.ts); admins read it, nobody edits it.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: webhookDeliveriesSlug,
  access: {
    read: adminOnly,
    create: () => false,
    update: () => false,
    delete: adminOnly,
  },
  admin: {
    useAsTitle: 'url',
    defaultColumns: ['createdAt', 'partner', 'event', 'documentId', 'attempt', 'statusCode', 'ok'],
    group: { en: 'Partner API', zh: '合作方 API' },
    description: { en: 'Every webhook delivery attempt and its answer.', zh: '每次 Webhook 投递及其响应。' },
  },
  labels: {
    singular: { en: 'Webhook delivery', zh: 'Webhook 投递' },
    plural: { en: 'Webhook deliveries', zh: 'Webhook 投递' },
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'partner', type: 'relationship', relationTo: partnersSlug, index: true },
    { name: 'url', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'deliveryId', type: 'text', required: true, index: true },
    { name: 'attempt', type: 'number', required: true },
    { name: 'ok', type: 'checkbox', defaultValue: false },
    { name: 'statusCode', type: 'number' },
    { name: 'error', type: 'text' },
    { name: 'durationMs', type: 'number' },
    { name: 'willRetry', type: 'checkbox', defaultValue: false },
  ],
}
