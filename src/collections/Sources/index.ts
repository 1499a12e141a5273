import type { CollectionConfig } from 'payload'

import { lastEditedByField } from '@/editorial/fields'
import { recordLastEditor } from '@/editorial/hooks/recordLastEditor'
import { restrictPublicReads } from '@/editorial/hooks/restrictPublicReads'

import { announceContentChange, announceContentDeletion } from '../shared/hooks/announceContentChange'

import { publishedOrStaff } from '@/access/publishedOrStaff'
import { staffOnly } from '@/access/staffOnly'
import { canDelete, canEditSharedFields } from '@/editorial/permissions'

import { slugField } from '../shared/fields'
import { validateDoi, validateHttpUrl, validatePmid } from '../shared/validators'
import { sourcesSlug } from '../slugs'

/**
 * Citations. A citation's title is kept as published, in its own language, so it is not
 * localized; only the note for readers is.
 */
export const Sources: CollectionConfig = {
  slug: sourcesSlug,
  access: {
    read: publishedOrStaff,
    readVersions: staffOnly,
    // Citations are shared by both languages: those who edit shared fields manage them.
    create: ({ req }) => canEditSharedFields(req.user),
    update: ({ req }) => canEditSharedFields(req.user),
    delete: ({ req }) => canDelete(req.user),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organisation', 'year', 'slug'],
    group: { en: 'References', zh: '参考文献' },
  },
  labels: {
    singular: { en: 'Source', zh: '参考来源' },
    plural: { en: 'Sources', zh: '参考来源' },
  },
  fields: [
    slugField(),
    lastEditedByField(),
    {
      name: 'title',
      type: 'text',
      label: { en: 'Title as published', zh: '原文标题' },
      required: true,
      maxLength: 400,
    },
    {
      name: 'organisation',
      type: 'text',
      label: { en: 'Organisation or authors', zh: '发布机构或作者' },
      required: true,
      maxLength: 200,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          label: { en: 'Year', zh: '年份' },
          required: true,
          min: 1900,
          max: 2100,
        },
        {
          name: 'publication',
          type: 'text',
          label: { en: 'Journal and issue', zh: '期刊及卷期' },
          maxLength: 300,
        },
      ],
    },
    {
      name: 'url',
      type: 'text',
      label: { en: 'URL', zh: '网址' },
      maxLength: 500,
      validate: validateHttpUrl,
    },
    {
      type: 'row',
      fields: [
        { name: 'doi', type: 'text', label: 'DOI', maxLength: 200, validate: validateDoi },
        { name: 'pmid', type: 'text', label: 'PMID', maxLength: 12, validate: validatePmid },
      ],
    },
  ],
  hooks: {
    beforeOperation: [restrictPublicReads],
    beforeChange: [recordLastEditor],
    afterChange: [announceContentChange],
    afterDelete: [announceContentDeletion],
  },
  // Citations have no per-language text, so one publish status covers both languages.
  versions: {
    drafts: { localizeStatus: false, validate: true },
    maxPerDoc: 50,
  },
}

