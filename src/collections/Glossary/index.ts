import type { CollectionConfig } from 'payload'

import { glossaryEditors } from '@/access/glossaryEditors'
import { staffOnly } from '@/access/staffOnly'

import { glossarySlug } from '../slugs'

/**
 * The translation desk's glossary: for each English medical term, the Chinese term the desk
 * prefers, the variants it discourages and others it accepts. The parity check reads it.
 * Staff only (it is working material, never shown to readers); editors and medical
 * reviewers maintain it, translators read it.
 */
export const Glossary: CollectionConfig = {
  slug: glossarySlug,
  access: {
    read: staffOnly,
    create: glossaryEditors,
    update: glossaryEditors,
    delete: glossaryEditors,
  },
  admin: {
    useAsTitle: 'english',
    defaultColumns: ['english', 'chinese', 'discouraged', 'source'],
    group: { en: 'Translation', zh: '翻译' },
    description: {
      en: 'Preferred Chinese terms. The parity check reports a discouraged variant in a Chinese text, and an English term whose preferred Chinese is missing.',
      zh: '推荐的中文术语。一致性检查会报告中文里使用的不推荐译法，以及英文术语在中文中缺少推荐译法的情况。',
    },
  },
  labels: {
    singular: { en: 'Glossary term', zh: '术语' },
    plural: { en: 'Glossary', zh: '术语表' },
  },
  defaultSort: 'english',
  fields: [
    {
      name: 'english',
      type: 'text',
      label: { en: 'English term', zh: '英文术语' },
      required: true,
      unique: true,
      maxLength: 200,
    },
    {
      name: 'chinese',
      type: 'text',
      label: { en: 'Preferred Chinese term', zh: '推荐中文译名' },
      required: true,
      maxLength: 200,
    },
    {
      name: 'discouraged',
      type: 'text',
      hasMany: true,
      maxRows: 20,
      label: { en: 'Discouraged or forbidden variants', zh: '不推荐或禁用的译法' },
    },
    {
      name: 'accepted',
      type: 'text',
      hasMany: true,
      maxRows: 20,
      label: { en: 'Also accepted', zh: '可接受的其他译法' },
    },
    { name: 'note', type: 'textarea', label: { en: 'Note', zh: '说明' }, maxLength: 2000 },
    { name: 'source', type: 'text', label: { en: 'Source', zh: '依据' }, maxLength: 500 },
  ],
}
