import type { Access } from 'payload'

import { isAdmin } from '@/editorial/roles'

/** Admins see every account; anyone else only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (isAdmin(req.user)) return true
  if (req.user && req.user.collection === 'users') return { id: { equals: req.user.id } }
  return false
}
