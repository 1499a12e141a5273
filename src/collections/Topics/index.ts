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
  sharedFieldAccess,
  relationshipField,
  slugField,
  sourcesField,
  summaryField,
} from '../shared/fields'
import { causesSlug, faqsSlug, topicsSlug, treatmentsSlug } from '../slugs'

export const Topics: CollectionConfig = {
  slug: topicsSlug,
  access: contentAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'order', 'reviewStatus', 'updatedAt'],
    group: contentGroup,
    components: contentAdminComponents,
  },
  labels: {
    singular: { en: 'Topic', zh: '主题' },
    plural: { en: 'Topics', zh: '主题' },
  },
  defaultSort: 'order',
  endpoints: contentEndpoints(topicsSlug),
  fields: [
    slugField(),
    ...editorialFields(),
    {
      name: 'order',
      type: 'number',
      label: { en: 'Order on the home page', zh: '首页排序' },
      min: 0,
      defaultValue: 100,
      access: sharedFieldAccess,
      admin: { position: 'sidebar' },
    },
    headingField('title'),
    summaryField(),
    bodyField('body'),
    bodyLinksField('body'),
    {
      type: 'collapsible',
      label: { en: 'Cross-links', zh: '交叉链接' },
      fields: [
        relationshipField('relatedTopics', topicsSlug, { en: 'Related topics', zh: '相关主题' }),
        relationshipField('causes', causesSlug, { en: 'Causes', zh: '病因' }),
        relationshipField('treatments', treatmentsSlug, { en: 'Treatments', zh: '治疗' }),
        sourcesField(),
      ],
    },
    {
      type: 'collapsible',
      label: { en: 'Linked from', zh: '被引用' },
      admin: { initCollapsed: true },
      fields: [
        backlinks('relatedFrom', topicsSlug, 'relatedTopics', { en: 'Topics linking here', zh: '链接到此的主题' }),
        backlinks('faqs', faqsSlug, 'topics', { en: 'FAQs answering this', zh: '相关问答' }),
      ],
    },
  ],
  hooks: contentHooks,
  versions: contentVersions,
}
