import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { defaultRateLimitPerMinute, webhookEvents } from '@/partner-api/constants'

import { validateWebhookUrl } from '../shared/validators'
import { partnersSlug } from '../slugs'

import { partnerKeyEndpoint } from './endpoints/partnerKey'
import { disableRevokedKey } from './hooks/disableRevokedKey'
import { forgetPartnerKeysOnChange, forgetPartnerKeysOnDelete } from './hooks/forgetPartnerKeys'
import { issueKeyOnCreate } from './hooks/issueKeyOnCreate'


/**
 * Partners of the content API. Each is an API-key account (no password, no admin login): creating
 * one issues its key, shown once in the edit view; "Revoke key" and "Issue a new key" are buttons
 * there (src/components/admin/PartnerKey.client.tsx, POST /api/partners/{id}/key).
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
    defaultColumns: ['name', 'keyState', 'lastUsedAt', 'contactEmail', 'rateLimitPerMinute'],
    group: { en: 'Administration', zh: '系统管理' },
    description: {
      en: 'Partners of the content API (/api/v1). Creating a partner issues its key, shown once; revoke or re-issue it in the partner\'s page.',
      zh: '内容 API（/api/v1）的合作方。创建合作方时即生成密钥（仅显示一次）；可在合作方页面撤销或重新生成。',
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
  endpoints: [partnerKeyEndpoint],
  fields: [
    {
      name: 'apiKeyPanel',
      type: 'ui',
      label: { en: 'API key', zh: 'API 密钥' },
      admin: { position: 'sidebar', disableListColumn: true, components: { Field: '/components/admin/PartnerKey.client#PartnerKey' } },
    },
    {
      name: 'keyState',
      type: 'ui',
      label: { en: 'API key', zh: 'API 密钥' },
      admin: { components: { Cell: '/components/admin/PartnerCells#PartnerKeyStateCell', Field: false } },
    },
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { en: 'Name', zh: '名称' } },
    { name: 'contactEmail', type: 'email', label: { en: 'Contact email', zh: '联系邮箱' } },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Revoked', zh: '已撤销' },
      // Set by the "Revoke key" button (and cleared by "Issue a new key"); shown in words in the list.
      admin: { hidden: true, description: { en: 'A revoked key gets 401 from the next request on.', zh: '撤销后下一次请求即返回 401。' } },
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
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' },
        components: { Cell: '/components/admin/PartnerCells#PartnerLastUsedCell' },
      },
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
    afterChange: [issueKeyOnCreate, forgetPartnerKeysOnChange],
    afterDelete: [forgetPartnerKeysOnDelete],
  },
}
