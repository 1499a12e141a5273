import type { Access } from 'payload'

import { isStaff } from '@/editorial/roles'

/**
 * Staff read everything (drafts included); everyone else reads published versions only. With
 * per-locale status the condition is judged per locale, so an unpublished Chinese locale is
 * invisible while the English is public.
 */
export const publishedOrStaff: Access = ({ req }) =>
  isStaff(req.user) ? true : { _status: { equals: 'published' } }
