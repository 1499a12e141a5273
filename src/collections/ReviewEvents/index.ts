import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/access/staffOnly'
import { reviewActions, reviewActionLabels } from '@/editorial/reviewActions'

import { reviewEventsSlug, reviewedCollectionSlugs } from '../slugs'

/**
 * The audit trail: one row per submit, approval, change request, publish, unpublish, deletion
 * and override. Written by the workflow with full rights; nobody can edit or delete a row,
 * not even an admin.
 */
export const ReviewEvents: CollectionConfig = {
  slug: reviewEventsSlug,
  access: {
    read: staffOnly,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'action', 'locale', 'documentTitle', 'user', 'comment'],
    group: { en: 'Review', zh: '审核' },
    description: {
      en: 'Every review and publishing action, with who, when, which language and the comment. Read-only.',
      zh: '所有审核与发布操作的记录（操作人、时间、语言和意见），不可修改。',
    },
  },
  labels: {
    singular: { en: 'Review event', zh: '审核记录' },
    plural: { en: 'Audit trail', zh: '审核记录' },
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      label: { en: 'Action', zh: '操作' },
      options: reviewActions.map((value) => ({ value, label: reviewActionLabels[value] })),
      index: true,
    },
    {
      name: 'document',
      type: 'relationship',
      relationTo: [...reviewedCollectionSlugs],
      index: true,
      label: { en: 'Document', zh: '文档' },
    },
    // Survives the document: a deleted document's rows keep saying what it was.
    { name: 'documentKey', type: 'text', index: true, label: { en: 'Document key', zh: '文档标识' } },
    { name: 'documentTitle', type: 'text', label: { en: 'Title at the time', zh: '当时的标题' } },
    {
      name: 'locale',
      type: 'select',
      label: { en: 'Language', zh: '语言' },
      options: [
        { value: 'en', label: 'English' },
        { value: 'zh', label: '中文' },
        { value: 'all', label: { en: 'All languages', zh: '所有语言' } },
      ],
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      maxDepth: 0,
      label: { en: 'By', zh: '操作人' },
      admin: {
        components: {
          Cell: '/components/admin/ReviewEventCells#ReviewEventUserCell',
          Field: '/components/admin/StaffNameField.client#StaffNameField',
        },
      },
    },
    { name: 'userName', type: 'text', label: { en: 'Name at the time', zh: '当时的姓名' } },
    { name: 'comment', type: 'textarea', label: { en: 'Comment', zh: '意见' } },
    { name: 'reason', type: 'textarea', label: { en: 'Override reason', zh: '强制操作理由' } },
    { name: 'summary', type: 'text', label: { en: 'Event', zh: '事件' }, admin: { hidden: true } },
  ],
}
