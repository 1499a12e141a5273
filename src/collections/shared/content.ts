import type { CollectionConfig, JoinField } from 'payload'

import { publishedOrStaff } from '@/access/publishedOrStaff'
import { staffOnly } from '@/access/staffOnly'

import type { ContentCollectionSlug } from '../slugs'

/** Access shared by every reader-facing collection (the review issue refines who may write). */
export const contentAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: staffOnly,
  create: staffOnly,
  update: staffOnly,
  delete: staffOnly,
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
