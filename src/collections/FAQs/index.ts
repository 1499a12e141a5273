import type { CollectionConfig } from 'payload'


import {
  contentAccess,
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

/** Subjects group the FAQ page; labels are the admin's, the site has its own strings. */
export const faqSubjects = [
  { value: 'understanding', label: { en: 'Understanding recurrent miscarriage', zh: '认识复发性流产' } },
  { value: 'causes', label: { en: 'Causes', zh: '病因' } },
  { value: 'tests', label: { en: 'Tests and diagnosis', zh: '检查与诊断' } },
  { value: 'treatment', label: { en: 'Treatment', zh: '治疗' } },
  { value: 'next-pregnancy', label: { en: 'The next pregnancy', zh: '再次妊娠' } },
  { value: 'support', label: { en: 'Coping and support', zh: '心理支持' } },
] as const

export const FAQs: CollectionConfig = {
  slug: faqsSlug,
  access: contentAccess,
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'subject', 'slug', 'reviewStatus', 'updatedAt'],
    group: contentGroup,
    components: contentAdminComponents,
  },
  labels: {
    singular: { en: 'FAQ', zh: '常见问题' },
    plural: { en: 'FAQs', zh: '常见问题' },
  },
  endpoints: contentEndpoints(faqsSlug),
  fields: [
    slugField(),
    ...editorialFields(),
    {
      name: 'subject',
      type: 'select',
      label: { en: 'Subject', zh: '分类' },
      required: true,
      defaultValue: 'understanding',
      access: sharedFieldAccess,
      options: faqSubjects.map((s) => ({ value: s.value, label: s.label })),
      admin: { position: 'sidebar' },
    },
    headingField('question'),
    summaryField(),
    bodyField('answer'),
    bodyLinksField('answer'),
    {
      type: 'collapsible',
      label: { en: 'What it answers', zh: '关联内容' },
      fields: [
        relationshipField('topics', topicsSlug, { en: 'Topics', zh: '主题' }),
        relationshipField('causes', causesSlug, { en: 'Causes', zh: '病因' }),
        relationshipField('treatments', treatmentsSlug, { en: 'Treatments', zh: '治疗' }),
        sourcesField(),
      ],
    },
  ],
  hooks: contentHooks,
  versions: contentVersions,
}
