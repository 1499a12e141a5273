import type { FieldAccess } from 'payload'

import { isAdmin } from '@/editorial/roles'

/**
 * A field of an account that only admins and its owner may read (email, roles). Payload also
 * asks this before it lets a `where` path reach the field, through a relationship too
 * (`review.approvedBy.email`), and asks it there without a document: so for anyone but an admin
 * such a path is refused, and a query cannot be used to guess who works here.
 */
export const adminOrSelfField: FieldAccess = ({ req, doc }) => {
  if (isAdmin(req.user)) return true
  if (!req.user || req.user.collection !== 'users' || !doc) return false
  return String((doc as { id?: unknown }).id) === String(req.user.id)
}
