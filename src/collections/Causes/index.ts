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
import {
  bodyField,
  bodyLinksField,
  headingField,
  relationshipField,
  slugField,
  sourcesField,
  summaryField,
} from '../shared/fields'
import { causesSlug, faqsSlug, topicsSlug, treatmentsSlug } from '../slugs'

export const Causes: CollectionConfig = {
  slug: causesSlug,
  access: contentAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'reviewStatus', 'updatedAt'],
    group: contentGroup,
    components: contentAdminComponents,
  },
  labels: {
    singular: { en: 'Cause', zh: '病因' },
    plural: { en: 'Causes', zh: '病因' },
  },
  endpoints: contentEndpoints(causesSlug),
  fields: [
    slugField(),
    ...editorialFields(),
    headingField('title'),
    summaryField(),
    bodyField('body'),
    bodyLinksField('body'),
    {
      type: 'collapsible',
      label: { en: 'Cross-links', zh: '交叉链接' },
      fields: [
        relationshipField(
          'treatments',
          treatmentsSlug,
          { en: 'Treatments that address it', zh: '针对该病因的治疗' },
          {
            en: 'Edited here; each treatment lists the causes it addresses.',
            zh: '在此编辑；治疗页面会自动列出其针对的病因。',
          },
        ),
        sourcesField(),
      ],
    },
    {
      type: 'collapsible',
      label: { en: 'Linked from', zh: '被引用' },
      admin: { initCollapsed: true },
      fields: [
        backlinks('topics', topicsSlug, 'causes', { en: 'Topics', zh: '主题' }),
        backlinks('faqs', faqsSlug, 'causes', { en: 'FAQs answering this', zh: '相关问答' }),
      ],
    },
  ],
  hooks: contentHooks,
  versions: contentVersions,
}
