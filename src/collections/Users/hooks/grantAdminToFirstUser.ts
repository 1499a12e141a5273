import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account, made on the admin's "create first user" screen, must be able to manage
 * the rest; later accounts get what an admin gives them.
 */
export const grantAdminToFirstUser: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const existing = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (existing.totalDocs > 0) return data
  const roles = Array.isArray(data.roles) ? (data.roles as string[]) : []
  return { ...data, roles: roles.includes('admin') ? roles : [...roles, 'admin'] }
}
