import type { CollectionConfig } from 'payload'

import { updateSource } from '@/access/contentAccess'
import { workflowEndpoint } from '@/editorial/endpoints/workflow'
import { lastEditedByField, reviewField } from '@/editorial/fields'
import { captureWriteIntent } from '@/editorial/hooks/captureWriteIntent'
import { enforceReviewGate } from '@/editorial/hooks/enforceReviewGate'
import { guardDeletion, recordDeletion } from '@/editorial/hooks/guardDeletion'
import { recordLastEditor } from '@/editorial/hooks/recordLastEditor'
import { recordPublication } from '@/editorial/hooks/recordPublication'
import { restrictPublicReads } from '@/editorial/hooks/restrictPublicReads'
import { reviewInEnglish } from '@/editorial/hooks/reviewInEnglish'
import { trackReviewState } from '@/editorial/hooks/trackReviewState'

import { announceContentChange, announceContentDeletion } from '../shared/hooks/announceContentChange'

import { publishedOrStaff } from '@/access/publishedOrStaff'
import { staffOnly } from '@/access/staffOnly'
import { canDelete } from '@/editorial/permissions'

import { reviewPanelField } from '../shared/content'
import { slugField } from '../shared/fields'
import { validateDoi, validateHttpUrl, validatePmid } from '../shared/validators'
import { sourcesSlug } from '../slugs'

/**
 * Citations. A citation's title is kept as published, in its own language, so it is not
 * localized. Readers see a source on reviewed pages ("Medically reviewed by ..."), so a source is
 * under the same review workflow as the content: a change is a draft until a medical reviewer
 * (not the person who made it) approves exactly that citation and a reviewer or admin publishes
 * it (POST /api/sources/{id}/workflow, locale en: one review covers both languages); every step
 * goes to the audit trail.
 */
export const Sources: CollectionConfig = {
  slug: sourcesSlug,
  access: {
    read: publishedOrStaff,
    readVersions: staffOnly,
    // Citations are shared by both languages: those who edit shared fields manage them.
    create: updateSource,
    update: updateSource,
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
  endpoints: [workflowEndpoint(sourcesSlug)],
  fields: [
    slugField(),
    reviewPanelField(),
    lastEditedByField(),
    reviewField(),
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
  // The review workflow's hooks, as for content (src/collections/shared/content.ts).
  hooks: {
    beforeOperation: [reviewInEnglish, captureWriteIntent, restrictPublicReads],
    beforeChange: [recordLastEditor, trackReviewState, enforceReviewGate],
    afterChange: [recordPublication, announceContentChange],
    beforeDelete: [guardDeletion],
    afterDelete: [recordDeletion, announceContentDeletion],
  },
  // Citations have no per-language text, so one publish status covers both languages.
  versions: {
    drafts: { localizeStatus: false, validate: true },
    maxPerDoc: 50,
  },
}

