import type { CollectionConfig } from 'payload'

import { lastEditedByField } from '@/editorial/fields'
import { recordLastEditor } from '@/editorial/hooks/recordLastEditor'

import { backlinks, contentAccess, contentGroup, contentVersions } from '../shared/content'
import { bodyField, headingField, slugField, sourcesField, summaryField } from '../shared/fields'
import { causesSlug, faqsSlug, topicsSlug, treatmentsSlug } from '../slugs'

export const Treatments: CollectionConfig = {
  slug: treatmentsSlug,
  access: contentAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    group: contentGroup,
  },
  labels: {
    singular: { en: 'Treatment', zh: '治疗' },
    plural: { en: 'Treatments', zh: '治疗' },
  },
  fields: [
    slugField(),
    lastEditedByField(),
    headingField('title'),
    summaryField(),
    bodyField('body'),
    sourcesField(),
    {
      type: 'collapsible',
      label: { en: 'Linked from', zh: '被引用' },
      fields: [
        backlinks('causes', causesSlug, 'treatments', {
          en: 'Causes it addresses (edited on each cause)',
          zh: '针对的病因（在病因中编辑）',
        }),
        backlinks('topics', topicsSlug, 'treatments', { en: 'Topics', zh: '主题' }),
        backlinks('faqs', faqsSlug, 'treatments', { en: 'FAQs answering this', zh: '相关问答' }),
      ],
    },
  ],
  hooks: {
    beforeChange: [recordLastEditor],
  },
  versions: contentVersions,
}
