import type { CollectionConfig, Field, JoinField, UIField } from 'payload'

import { createContent, deleteContent, updateContent } from '@/access/contentAccess'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { staffOnly } from '@/access/staffOnly'
import { englishBesideEndpoint, parityEndpoint, workflowEndpoint } from '@/editorial/endpoints/workflow'
import { lastEditedByField, reviewField, sourceTextField } from '@/editorial/fields'
import { captureWriteIntent } from '@/editorial/hooks/captureWriteIntent'
import { enforceReviewGate } from '@/editorial/hooks/enforceReviewGate'
import { guardDeletion, recordDeletion } from '@/editorial/hooks/guardDeletion'
import { recordLastEditor } from '@/editorial/hooks/recordLastEditor'
import { recordPublication } from '@/editorial/hooks/recordPublication'
import { restrictPublicReads } from '@/editorial/hooks/restrictPublicReads'
import { revisionField, stampRevision } from '@/editorial/revision'
import { trackReviewState } from '@/editorial/hooks/trackReviewState'

import type { ContentCollectionSlug } from '../slugs'

import { announceContentChange, announceContentDeletion } from './hooks/announceContentChange'

/** Access shared by every reader-facing collection (the review issue refines who may write). */
export const contentAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: staffOnly,
  create: createContent,
  update: updateContent,
  delete: deleteContent,
}

/** The review workflow's hooks, in the order they must run. */
export const contentHooks: CollectionConfig['hooks'] = {
  beforeOperation: [captureWriteIntent, restrictPublicReads],
  // A stale update (If-Match) is refused before anything else looks at it.
  beforeChange: [stampRevision, recordLastEditor, trackReviewState, enforceReviewGate],
  afterChange: [recordPublication, announceContentChange],
  beforeDelete: [guardDeletion],
  afterDelete: [recordDeletion, announceContentDeletion],
}

/** Sidebar fields every reader-facing collection carries for the workflow. */
export function editorialFields(): Field[] {
  return [
    reviewPanelField(),
    revisionField(),
    lastEditedByField(),
    reviewField(),
    sourceTextField(),
    reviewStatusColumn(),
  ]
}

/**
 * The review workflow in the edit view's sidebar: each language's state, the buttons the
 * signed-in person may use, and the audit trail. A `ui` field: nothing is stored.
 */
export function reviewPanelField(): UIField {
  return {
    name: 'reviewPanel',
    type: 'ui',
    label: { en: 'Review workflow', zh: '审核流程' },
    admin: {
      position: 'sidebar',
      disableListColumn: true,
      components: { Field: '/components/admin/ReviewPanel.client#ReviewPanel' },
    },
  }
}

/** The list views' per-language review and publish badges (a column only; no edit-view field). */
function reviewStatusColumn(): UIField {
  return {
    name: 'reviewStatus',
    type: 'ui',
    label: { en: 'Review', zh: '审核' },
    admin: {
      components: { Cell: '/components/admin/ReviewStatusCell#ReviewStatusCell', Field: false },
    },
  }
}

export function contentEndpoints(collection: ContentCollectionSlug): CollectionConfig['endpoints'] {
  return [workflowEndpoint(collection), parityEndpoint(collection), englishBesideEndpoint(collection)]
}

/**
 * Drafts with a publish status per locale: English and Chinese are published (and hidden)
 * independently. Drafts are validated too, so a bad slug or an over-long summary never gets
 * stored, not even as a draft.
 */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: { localizeStatus: true, validate: true },
  maxPerDoc: 200,
}

export const contentGroup = { en: 'Content', zh: '内容' }

const noNativePublish = '/components/admin/WorkflowOnly#NoNativePublishControl'

/** Edit-view components of every reader-facing collection: no publish path beside the workflow. */
export const contentAdminComponents: NonNullable<CollectionConfig['admin']>['components'] = {
  edit: { PublishButton: noNativePublish, UnpublishButton: noNativePublish, Status: noNativePublish },
}

/** The other side of a relationship, read-only, so a link made once is visible from both ends. */
export function backlinks(
  name: string,
  collection: ContentCollectionSlug,
  on: string,
  label: { en: string; zh: string },
): JoinField {
  return {
    name,
    type: 'join',
    collection,
    on,
    label,
    defaultLimit: 50,
    admin: { allowCreate: false, defaultColumns: ['title', 'slug'] },
  }
}
