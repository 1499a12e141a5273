import type { Access } from 'payload'

import { canCreate, canDelete, canEditLocale, canEditSharedFields, canPublish } from '@/editorial/permissions'
import { isStaff } from '@/editorial/roles'

export const createContent: Access = ({ req }) => canCreate(req.user)

/**
 * Staff edit the languages their role allows (translators: Chinese only). A write that asks to
 * publish needs a reviewer or admin; the review gate then checks the approval itself.
 */
export const updateContent: Access = ({ req, data }) => {
  if (!isStaff(req.user) || !canEditLocale(req.user, req.locale)) return false
  if ((data as { _status?: unknown } | undefined)?._status === 'published') return canPublish(req.user)
  return true
}

export const deleteContent: Access = ({ req }) => canDelete(req.user)

/**
 * Sources: those who edit shared fields (editors, reviewers, admins) edit them; a write that
 * asks to publish needs a reviewer or admin, and the review gate then checks the approval.
 */
export const updateSource: Access = ({ req, data }) => {
  if (!canEditSharedFields(req.user)) return false
  if ((data as { _status?: unknown } | undefined)?._status === 'published') return canPublish(req.user)
  return true
}
