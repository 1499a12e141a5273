import type { PayloadRequest } from 'payload'

/** Editorial roles. What each may do is enforced by the access functions built on these. */
export const roles = ['admin', 'editor', 'translator', 'medicalReviewer'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, { en: string; zh: string }> = {
  admin: { en: 'Administrator', zh: '管理员' },
  editor: { en: 'Editor', zh: '编辑' },
  translator: { en: 'Translator', zh: '译者' },
  medicalReviewer: { en: 'Medical reviewer', zh: '医学审核人' },
}

type MaybeUser = PayloadRequest['user'] | null | undefined

export function rolesOf(user: MaybeUser): Role[] {
  const value = (user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(value) ? value.filter((r): r is Role => (roles as readonly string[]).includes(r)) : []
}

export function hasRole(user: MaybeUser, role: Role): boolean {
  return rolesOf(user).includes(role)
}

export const isAdmin = (user: MaybeUser): boolean => hasRole(user, 'admin')

/** Anyone signed in to the admin with at least one editorial role. */
export const isStaff = (user: MaybeUser): boolean =>
  Boolean(user) && (user as { collection?: string }).collection === 'users' && rolesOf(user).length > 0
