import type { CollectionConfig } from 'payload'


import {
  backlinks, contentAccess,
  contentEndpoints,
  contentAdminComponents,
  contentGroup,
  contentHooks,
  contentVersions,
  editorialFields,
} from '../shared/content'
import { bodyField, bodyLinksField, headingField, slugField, sourcesField, summaryField } from '../shared/fields'
import { causesSlug, faqsSlug, topicsSlug, treatmentsSlug } from '../slugs'

export const Treatments: CollectionConfig = {
  slug: treatmentsSlug,
  access: contentAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'reviewStatus', 'updatedAt'],
    group: contentGroup,
    components: contentAdminComponents,
  },
  labels: {
    singular: { en: 'Treatment', zh: '治疗' },
    plural: { en: 'Treatments', zh: '治疗' },
  },
  endpoints: contentEndpoints(treatmentsSlug),
  fields: [
    slugField(),
    ...editorialFields(),
    headingField('title'),
    summaryField(),
    bodyField('body'),
    bodyLinksField('body'),
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
  hooks: contentHooks,
  versions: contentVersions,
}
