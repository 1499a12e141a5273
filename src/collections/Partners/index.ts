import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { defaultRateLimitPerMinute, webhookEvents } from '@/partner-api/constants'

import { validateWebhookUrl } from '../shared/validators'
import { partnersSlug } from '../slugs'

import { disableRevokedKey } from './hooks/disableRevokedKey'
import { forgetPartnerKeysOnChange, forgetPartnerKeysOnDelete } from './hooks/forgetPartnerKeys'


/**
 * Partners of the content API. Each is an API-key account (no password, no admin login): the
 * admin creates one, ticks "Enable API key" to generate the key, and revokes it with `revoked`.
 * Only admins see or change partners; a partner's key reads what an anonymous reader reads.
 */
export const Partners: CollectionConfig = {
  slug: partnersSlug,
  access: {
    admin: () => false,
    read: adminOnly,
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'contactEmail', 'revoked', 'rateLimitPerMinute', 'lastUsedAt'],
    group: { en: 'Administration', zh: '系统管理' },
    description: {
      en: 'Partners of the content API (/api/v1). Tick "Enable API key" to issue a key; tick "Revoked" to stop it at once.',
      zh: '内容 API（/api/v1）的合作方。勾选“启用 API 密钥”生成密钥；勾选“已撤销”立即停用。',
    },
  },
  auth: {
    useAPIKey: true,
    disableLocalStrategy: true,
  },
  labels: {
    singular: { en: 'Partner', zh: '合作方' },
    plural: { en: 'Partners', zh: '合作方' },
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { en: 'Name', zh: '名称' } },
    { name: 'contactEmail', type: 'email', label: { en: 'Contact email', zh: '联系邮箱' } },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Revoked', zh: '已撤销' },
      admin: { position: 'sidebar', description: { en: 'A revoked key gets 401 from the next request on.', zh: '撤销后下一次请求即返回 401。' } },
    },
    {
      name: 'rateLimitPerMinute',
      type: 'number',
      required: true,
      min: 1,
      max: 100_000,
      defaultValue: defaultRateLimitPerMinute,
      label: { en: 'Requests per minute', zh: '每分钟请求数' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'lastUsedAt',
      type: 'date',
      label: { en: 'Last used', zh: '最近使用' },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'webhooks',
      type: 'array',
      label: { en: 'Webhooks', zh: 'Webhook' },
      labels: { singular: { en: 'Webhook', zh: 'Webhook' }, plural: { en: 'Webhooks', zh: 'Webhook' } },
      fields: [
        { name: 'url', type: 'text', required: true, maxLength: 500, validate: validateWebhookUrl, label: 'URL' },
        {
          name: 'events',
          type: 'select',
          hasMany: true,
          required: true,
          defaultValue: ['published', 'updated', 'unpublished', 'deleted'],
          options: webhookEvents.map((value) => ({ value, label: value })),
          label: { en: 'Events', zh: '事件' },
        },
        {
          name: 'secret',
          type: 'text',
          required: true,
          minLength: 16,
          maxLength: 200,
          label: { en: 'Signing secret', zh: '签名密钥' },
          admin: { description: { en: 'Shared with the partner; signs each delivery (HMAC-SHA256).', zh: '与合作方共享，用于签名（HMAC-SHA256）。' } },
        },
        { name: 'active', type: 'checkbox', defaultValue: true, label: { en: 'Active', zh: '启用' } },
      ],
    },
  ],
  hooks: {
    beforeChange: [disableRevokedKey],
    afterChange: [forgetPartnerKeysOnChange],
    afterDelete: [forgetPartnerKeysOnDelete],
  },
}
